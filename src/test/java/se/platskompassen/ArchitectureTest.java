package se.platskompassen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.questionnaire.Language;

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

    /** Nor do their views: a page above links down by name, a page below links up through a bean (decision 0022). */
    @Test
    void ui_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("se.platskompassen.(*).ui..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_feature_depends_on_any_ui_package() {
        noClasses().that().resideOutsideOfPackages("se.platskompassen..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("se.platskompassen..ui..")
                .check(classes);
    }

    /**
     * A feature's views may reuse the widgets of a feature below it (one it depends on, directly
     * or through others), never of one beside or above it; {@code base.ui} is shared by all.
     */
    @Test
    void a_features_ui_uses_only_the_ui_of_features_below_it() {
        Map<String, Set<String>> below = featuresBelow();
        ArchRuleDefinition.classes().should(new ArchCondition<>("use only the ui packages of features below their own") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = feature(item);
                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    String other = feature(target);
                    if (isUi(target) && !other.equals(own) && !other.equals("base")
                            && !below.getOrDefault(own, Set.of()).contains(other)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(classes);
    }

    /**
     * {@code base} is what every feature builds on, so it knows none of them. Two old exceptions
     * remain: the page language (a plain value from {@code questionnaire}) and the staff layout,
     * whose menu and account box read the signed-in member from {@code organisation}.
     */
    @Test
    void base_depends_on_no_feature() {
        ArchRuleDefinition.classes().that().resideInAnyPackage("se.platskompassen.base..")
                .should(new ArchCondition<>("depend on no feature") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            boolean allowed = !isFeature(target) || target.getName().equals(Language.class.getName())
                                    || (isStaffLayout(item) && feature(target).equals("organisation"));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                }).check(classes);
    }

    private static boolean isStaffLayout(JavaClass type) {
        return type.getName().equals(MainLayout.class.getName())
                || type.getName().startsWith(MainLayout.class.getName() + "$");
    }

    /**
     * Group figures are plain statistics on the questionnaire's themes and scales: the drawing
     * ({@code compass}), exports, the API and the analysis build on them, never the other way.
     */
    @Test
    void figures_are_statistics_that_know_no_drawing() {
        ArchRuleDefinition.classes().that().resideInAPackage("se.platskompassen.figures..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("se.platskompassen.figures..",
                        "se.platskompassen.questionnaire..", "java.lang..", "java.util..", "org.jspecify..")
                .check(classes);
    }

    /** Security reads principals through its own {@code ActingPrincipal}; the API plugs in from above. */
    @Test
    void security_does_not_know_the_api() {
        noClasses().that().resideInAPackage("se.platskompassen.security..")
                .should().dependOnClassesThat().resideInAPackage("se.platskompassen.api..")
                .check(classes);
    }

    /** The sign-in page lists what {@code SignInHints} offer; the demo offers its accounts from above. */
    @Test
    void sign_in_does_not_know_the_demo() {
        noClasses().that().resideInAPackage("se.platskompassen.security..")
                .should().dependOnClassesThat().resideInAPackage("se.platskompassen.demo..")
                .check(classes);
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

    /**
     * The persistence rule of docs/decisions/0021-persistence-rule.md, in names: a
     * {@code …Repository} is a Spring Data interface over an entity; a class of plain SQL is
     * named {@code …Queries} (reads only), {@code …Writes} or {@code …Locks}.
     */
    @Test
    void persistence_classes_are_named_by_their_kind() {
        ArchRuleDefinition.classes().that().haveSimpleNameEndingWith("Repository")
                .should().beInterfaces()
                .andShould().beAssignableTo(org.springframework.data.repository.Repository.class)
                .check(classes);
        ArchRuleDefinition.classes().that().areAnnotatedWith(Repository.class)
                .should().haveSimpleNameEndingWith("Queries")
                .orShould().haveSimpleNameEndingWith("Writes")
                .orShould().haveSimpleNameEndingWith("Locks")
                .check(classes);
    }

    @Test
    void query_classes_only_read() {
        noClasses().that().haveSimpleNameEndingWith("Queries")
                .should().callMethodWhere(DescribedPredicate.describe("a Spring JDBC update",
                        (JavaMethodCall call) -> call.getName().toLowerCase(Locale.ROOT).contains("update")
                                && call.getTargetOwner().getPackageName().startsWith("org.springframework.jdbc")))
                .check(classes);
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

    /** For each feature, the features it uses outside their views, directly or through others. */
    private static Map<String, Set<String>> featuresBelow() {
        Map<String, Set<String>> direct = new HashMap<>();
        for (JavaClass type : classes) {
            for (var dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (isFeature(target) && !isUi(target) && !feature(target).equals(feature(type))) {
                    direct.computeIfAbsent(feature(type), key -> new HashSet<>()).add(feature(target));
                }
            }
        }
        Map<String, Set<String>> below = new HashMap<>();
        for (String feature : direct.keySet()) {
            Set<String> reached = new HashSet<>();
            Deque<String> next = new ArrayDeque<>(direct.get(feature));
            while (!next.isEmpty()) {
                String found = next.pop();
                if (reached.add(found)) {
                    next.addAll(direct.getOrDefault(found, Set.of()));
                }
            }
            below.put(feature, reached);
        }
        return below;
    }

    private static boolean isFeature(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("se.platskompassen.") && !feature(type).equals("base");
    }

    private static boolean isUi(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("se.platskompassen.") && (name.endsWith(".ui") || name.contains(".ui."));
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^se\\.platskompassen\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
