package se.platskompassen.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import se.platskompassen.response.ui.ManualKioskTimers;

/** Browserless UI tests: the real views and services, a mocked browser (Karibu-Testing). */
@EmbeddedTest
@Import(ManualKioskTimers.Config.class)
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        signOut();
        var security = context.getBean(Tenants.class).security();
        MockVaadin.setMockRequestFactory(session -> new SignedInRequest(session, security));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Starts over in a fresh browser session (another tablet, another phone), still signed in as before. */
    protected void newBrowserSession() {
        MockVaadin.tearDown();
        var security = context.getBean(Tenants.class).security();
        MockVaadin.setMockRequestFactory(session -> new SignedInRequest(session, security));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        signOut();
    }

    /** Signs in a staff member, as the login form would (the account must exist, e.g. a demo account). */
    protected void signInAs(String username) {
        context.getBean(Tenants.class).signInAs(username);
    }

    protected void signOut() {
        context.getBean(Tenants.class).signOut();
    }

    /** Karibu finds public views only; ours are package-private where they can be. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("se.platskompassen");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("se.platskompassen").scan()) {
            scan.getClassesWithAnnotation(Route.class).forEach(info ->
                    routes.getRoutes().add((Class<? extends Component>) info.loadClass()));
            scan.getClassesImplementing(HasErrorParameter.class).forEach(info ->
                    routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) info.loadClass()));
        }
        // Our own error pages (not found, access denied) replace Karibu's stand-ins.
        routes.getErrorRoutes().removeIf(route -> route.getName().startsWith("com.github.mvysny"));
        return routes;
    }

    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /**
     * Opens an address as a browser does when the page loads. Unlike {@link #navigate}, an
     * address without a route reaches the not-found view instead of being handed to the client.
     */
    protected static void openAddress(String location) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(location), NavigationTrigger.PAGE_LOAD);
    }
}
