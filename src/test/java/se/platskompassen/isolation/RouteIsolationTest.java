package se.platskompassen.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.platskompassen.testing.KaribuTest;

/**
 * Walks every staff route of the application, as a member of the demo municipality, with the
 * demo region's ids in every route parameter: nothing of the region appears. A new route is
 * walked without anyone remembering to add it here; a new kind of route parameter makes this
 * test fail until it is given the region's value.
 */
class RouteIsolationTest extends KaribuTest {

    @Autowired JdbcClient jdbc;
    private OtherOrganisation region;

    @BeforeEach
    void readTheRegion() {
        region = OtherOrganisation.read(jdbc);
    }

    /** The region's value for each route parameter name. */
    private Map<String, String> regionValues() {
        return Map.of(
                "code", region.joinCode(),
                "placeId", String.valueOf(region.placeId()),
                "dialogueId", String.valueOf(region.dialogueId()),
                "responseId", region.responseId().toString(),
                "staffId", String.valueOf(region.staffId()),
                "theme", "1");
    }

    static List<String> staffRouteTemplates() {
        TreeSet<String> templates = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("se.platskompassen").scan()) {
            for (var info : scan.getClassesWithAnnotation(Route.class)) {
                Class<?> view = info.loadClass();
                if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                    continue;
                }
                templates.add(view.getAnnotation(Route.class).value());
                for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                    templates.add(alias.value());
                }
            }
        }
        return List.copyOf(templates);
    }

    private String fill(String template) {
        Matcher parameter = Pattern.compile(":([A-Za-z]+)\\??").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = regionValues().get(parameter.group(1));
            assertThat(value).as("the isolation test knows no value for route parameter '%s' of %s: add the demo "
                    + "region's value to regionValues()", parameter.group(1), template).isNotNull();
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    @Test
    void the_walk_finds_the_staff_pages() {
        assertThat(staffRouteTemplates()).contains("start", "staff", "privacy", "audit", "organisations", "password");
    }

    @Test
    void no_staff_page_shows_a_member_of_the_municipality_anything_of_the_region() {
        List<String> leaks = new ArrayList<>();
        for (String template : staffRouteTemplates()) {
            signInAs("kommun-admin");
            String path = fill(template);
            openAddress(path);
            String page = pageText(UI.getCurrent());
            for (String secret : region.secrets()) {
                if (page.contains(secret)) {
                    leaks.add(path + " shows \"" + secret + "\"");
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void the_region_sees_its_own_things_on_its_pages_so_the_walk_looks_in_the_right_places() {
        signInAs("region-admin");
        openAddress("staff");
        assertThat(pageText(UI.getCurrent())).contains("region-samordnare");
        for (String template : staffRouteTemplates()) {
            if (template.contains(":")) {
                signInAs("region-admin");
                openAddress(fill(template));
                assertThat(region.secrets()).as("the region's page %s shows some of the region's own things", template)
                        .anyMatch(pageText(UI.getCurrent())::contains);
            }
        }
    }

    /** Everything a page shows: texts, attributes, labels, values, SVG and the rows of its grids. */
    static String pageText(Component root) {
        StringBuilder text = new StringBuilder();
        collect(root.getElement(), text);
        // A UI keeps its layout and view as virtual children of its element: walk them too.
        root.getChildren().forEach(child -> collect(child.getElement(), text));
        root.getChildren().forEach(child -> collectGrids(child, text));
        return text.toString();
    }

    /** Every row of a grid as text, fetched in one go (a lazy grid of thousands of rows stays quick). */
    private static <T> List<List<String>> formattedRows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(item -> GridKt._getFormattedRow(grid, item))
                .toList();
    }

    private static void collect(Element element, StringBuilder text) {
        text.append(element.getText()).append('\n');
        element.getPropertyNames().forEach(name -> text.append(String.valueOf(element.getPropertyRaw(name))).append('\n'));
        element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, text));
    }

    private static void collectGrids(Component component, StringBuilder text) {
        if (component instanceof Grid<?> grid) {
            formattedRows(grid).forEach(row -> text.append(row).append('\n'));
        }
        component.getChildren().forEach(child -> collectGrids(child, text));
    }
}
