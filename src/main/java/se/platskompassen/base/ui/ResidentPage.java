package se.platskompassen.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every page a resident sees: a calm background, one centred card, the product
 * name on top. Public pages extend it.
 */
public abstract class ResidentPage extends Main {

    protected ResidentPage() {
        addClassName("resident-page");
        Div brand = new Div();
        brand.addClassName("brand");
        brand.setText("Platskompassen");
        add(brand);
    }

    protected static Div card(Component... content) {
        Div card = new Div(content);
        card.addClassName("resident-card");
        return card;
    }

    /** A typed code as one safe URL path segment. */
    public static String urlSafe(String typed) {
        return URLEncoder.encode(typed, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
