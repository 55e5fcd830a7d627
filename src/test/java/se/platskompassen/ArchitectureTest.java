package se.platskompassen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The layout rules of docs/decisions/0001-feature-packages.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.platskompassen");
    }

    /** The features themselves; their ui packages sit on top and are checked by the rules below. */
    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("se.platskompassen.(*)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_feature_depends_on_any_ui_package() {
        noClasses().that().resideOutsideOfPackages("se.platskompassen..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("se.platskompassen..ui..")
                .check(classes);
    }

    @Test
    void no_feature_depends_on_the_ui_of_another_feature() {
        ArchRuleDefinition.classes().should(new ArchCondition<>("use no ui package of another feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item);
                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String targetPackage = target.getPackageName();
                    if (targetPackage.startsWith("se.platskompassen.") && targetPackage.contains(".ui")
                            && !feature(target).equals(own) && !feature(target).equals("base")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(classes);
    }

    @Test
    void repositories_are_used_only_by_their_own_features_services() {
        ArchRuleDefinition.classes().that(areRepositories())
                .should(new ArchCondition<>("be used only by services of their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().forEach(dependency -> {
                            JavaClass origin = dependency.getOriginClass();
                            boolean allowed = origin.equals(repository)
                                    || (origin.getPackageName().equals(repository.getPackageName())
                                            && (origin.isAnnotatedWith(Service.class) || isRepository(origin)));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                }).allowEmptyShould(true).check(classes);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages_and_the_application_shell() {
        noClasses().that().resideOutsideOfPackages("se.platskompassen..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> areRepositories() {
        return DescribedPredicate.describe("are repositories", ArchitectureTest::isRepository);
    }

    private static boolean isRepository(JavaClass type) {
        return type.isAnnotatedWith(Repository.class)
                || type.isAssignableTo(org.springframework.data.repository.Repository.class);
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^se\\.platskompassen\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
