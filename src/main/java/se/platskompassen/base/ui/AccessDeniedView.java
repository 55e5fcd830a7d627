package se.platskompassen.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in member opened a page their role does not include. */
@AnonymousAllowed
public class AccessDeniedView extends ResidentPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(card(new H1(getTranslation("error.denied.title")), new Paragraph(getTranslation("error.denied.text")),
                new Anchor("start", getTranslation("error.denied.start"))));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
