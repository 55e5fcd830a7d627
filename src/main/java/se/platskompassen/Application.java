package se.platskompassen;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring Boot entry point and Vaadin application shell: theme, styles and page metadata. Push is
 * on for every page but a resident's own device: {@code response.ui.ResidentConnection}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/platskompassen.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content")
@Meta(name = "theme-color", content = "#1d5c63")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Platskompassen");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
