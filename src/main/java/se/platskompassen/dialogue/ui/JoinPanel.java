package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.JoinPoster;
import se.platskompassen.dialogue.JoinQr;
import se.platskompassen.dialogue.PosterContent;

/**
 * How residents get in: the join code, its QR code and link. The full panel (for the dialogue
 * page) adds the kiosk link for shared tablets and the A4 poster; the projector shows the short
 * one.
 */
public class JoinPanel extends Composite<Div> {

    private JoinPanel() {
        getContent().addClassName("join-panel");
    }

    /** Code, QR code and link, large, for the projector. */
    public static JoinPanel forProjector(String joinCode, PublicLinks links) {
        JoinPanel panel = new JoinPanel();
        panel.getContent().addClassName("join-panel-projector");
        panel.addCodeAndQr(joinCode, links);
        Paragraph link = new Paragraph(links.shortAnswer(joinCode));
        link.addClassName("join-link");
        panel.getContent().add(link);
        return panel;
    }

    /** Everything a facilitator needs to let people in, for the dialogue page. */
    public static JoinPanel forFacilitator(String joinCode, String placeName, PublicLinks links) {
        JoinPanel panel = new JoinPanel();
        panel.addCodeAndQr(joinCode, links);
        String answer = links.answer(joinCode);
        String kiosk = links.kiosk(joinCode);
        Paragraph sharedTablets = new Paragraph(panel.getTranslation("join.kiosk.hint"));
        sharedTablets.addClassName("join-kiosk-hint");
        Div list = new Div(
                panel.linkRow("join.link", answer),
                panel.linkRow("join.kiosk", kiosk),
                sharedTablets,
                panel.posterLink(joinCode, placeName, answer, links.shortResults(joinCode)));
        list.addClassName("join-links");
        panel.getContent().add(list);
        return panel;
    }

    private void addCodeAndQr(String joinCode, PublicLinks links) {
        Span label = new Span(getTranslation("join.code"));
        label.addClassName("join-code-label");
        Span code = new Span(joinCode);
        code.addClassName("join-code");
        code.getElement().setAttribute("aria-label", getTranslation("join.code.spoken", spelled(joinCode)));
        Svg qr = new Svg(JoinQr.svg(links.answer(joinCode), getTranslation("join.qr.alt", joinCode)));
        qr.addClassName("join-qr");
        Div codeBox = new Div(label, code);
        codeBox.addClassName("join-code-box");
        getContent().add(codeBox, qr);
    }

    private Div linkRow(String labelKey, String url) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("join-link-label");
        Anchor anchor = new Anchor(url, url, AnchorTarget.BLANK);
        Div row = new Div(label, anchor);
        row.addClassName("join-link-row");
        return row;
    }

    private Anchor posterLink(String joinCode, String placeName, String answer, String results) {
        PosterContent content = new PosterContent(placeName, getTranslation("poster.heading"),
                getTranslation("poster.instructions"), getTranslation("poster.codeLabel"), joinCode, answer,
                getTranslation("poster.footer"), getTranslation("results.link", results));
        String fileName = "affisch-" + joinCode.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
        Anchor poster = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = JoinPoster.pdf(content);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), getTranslation("join.poster"));
        poster.addClassName("join-poster");
        return poster;
    }

    /** Read out character by character, so a screen reader does not try to pronounce the code as a word. */
    private static String spelled(String code) {
        return String.join(" ", code.replace("-", "").split(""));
    }
}
