package se.platskompassen.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code ./mvnw spring-boot:run} runs Vaadin in development mode. Residents and the projector must
 * still see the page as it will be (no Copilot toolbar, no "running in development mode" notice);
 * a developer turns the tools on with the {@code devtools} profile.
 */
class DevelopmentToolsTest {

    @Nested
    @ActiveProfiles("test")
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class ByDefault {
        @Autowired ServletRegistrationBean<SpringServlet> vaadin;
        @LocalServerPort int port;

        @Test
        void development_mode_shows_no_development_tools() throws Exception {
            DeploymentConfiguration configuration = configurationAfterFirstPage(vaadin, port);

            assertThat(configuration.isProductionMode()).as("the tests run in development mode").isFalse();
            assertThat(configuration.isDevToolsEnabled()).isFalse();
        }
    }

    @Nested
    @ActiveProfiles({"test", "devtools"})
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithTheDevtoolsProfile {
        @Autowired ServletRegistrationBean<SpringServlet> vaadin;
        @LocalServerPort int port;

        @Test
        void a_developer_gets_the_tools_back() throws Exception {
            assertThat(configurationAfterFirstPage(vaadin, port).isDevToolsEnabled()).isTrue();
        }
    }

    private static DeploymentConfiguration configurationAfterFirstPage(ServletRegistrationBean<SpringServlet> vaadin,
            int port) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return vaadin.getServlet().getService().getDeploymentConfiguration();
    }
}
