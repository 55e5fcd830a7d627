package se.platskompassen.dialogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import se.platskompassen.base.PdfText;
import se.platskompassen.base.ui.PublicLinks;
import se.platskompassen.dialogue.JoinPoster;
import se.platskompassen.dialogue.JoinQr;
import se.platskompassen.dialogue.PosterContent;
import se.platskompassen.questionnaire.Language;

/**
 * How residents get in: the join code, its QR code and link. The full panel (for the dialogue
 * page) adds the kiosk link for shared tablets and the A4 poster in each of the dialogue's
 * languages; the projector shows the short one.
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

    /** Everything a facilitator needs to let people in, for the dialogue page; the poster in every language. */
    public static JoinPanel forFacilitator(String joinCode, String placeName, Collection<Language> languages,
            PublicLinks links) {
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
                panel.posters(joinCode, placeName, languages, links));
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

    /**
     * The texts come from the language packs, as the residents' pages get them; they are looked up
     * here, in the page's request, and the poster is written when it is downloaded.
     */
    private PosterDownloads posters(String joinCode, String placeName, Collection<Language> languages,
            PublicLinks links) {
        String answer = links.answer(joinCode);
        Map<Language, PosterContent> contents = new EnumMap<>(Language.class);
        for (Language language : languages) {
            contents.put(language, new PosterContent(placeName, text(language, "poster.heading"),
                    text(language, "poster.instructions"), text(language, "poster.codeLabel"), joinCode, answer,
                    text(language, "poster.footer"),
                    text(language, "results.link", PdfText.leftToRight(links.shortResults(joinCode, language))),
                    language));
        }
        return new PosterDownloads("join.poster", "join.poster.in", "join-poster", "affisch", joinCode, languages,
                language -> JoinPoster.pdf(contents.get(language)));
    }

    private String text(Language language, String key, Object... arguments) {
        return getTranslation(language.locale(), key, arguments);
    }

    /** Read out character by character, so a screen reader does not try to pronounce the code as a word. */
    private static String spelled(String code) {
        return String.join(" ", code.replace("-", "").split(""));
    }
}
