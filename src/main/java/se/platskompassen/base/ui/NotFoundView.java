package se.platskompassen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for addresses that lead nowhere. */
@AnonymousAllowed
public class NotFoundView extends ResidentPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(card(new H1(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.notFound.home"))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
