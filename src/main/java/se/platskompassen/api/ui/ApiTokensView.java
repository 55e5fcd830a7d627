package se.platskompassen.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.platskompassen.api.ApiScope;
import se.platskompassen.api.ApiToken;
import se.platskompassen.api.ApiTokenService;
import se.platskompassen.api.CreatedToken;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.Role;

/**
 * An organisation admin's API tokens, for the organisation's BI tools: create one (a name and
 * what it may read), see them all with when they were last used, and revoke them. A new token
 * is shown once, in {@link NewTokenDialog}.
 */
@Route(value = "api-tokens", layout = MainLayout.class)
@Menu(order = 100, title = "nav.apiTokens", icon = "vaadin:key-o")
@RolesAllowed(Role.ORGANISATION_ADMIN_NAME)
class ApiTokensView extends StaffPage {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();
    private final DateTimeFormatter when;

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(clock.getZone());
        addClassName("api-tokens-page");
        setHeading(getTranslation("api.tokens.title"));
        setLead(getTranslation("api.tokens.lead"));
        Paragraph docs = new Paragraph(getTranslation("api.tokens.docs") + " ");
        Anchor spec = new Anchor("api/v1/openapi.json", "/api/v1/openapi.json");
        spec.setRouterIgnore(true);
        docs.add(spec);
        addContent(docs, newTokenForm(), new H2(getTranslation("api.tokens.list")), grid());
    }

    /** What the form for a new key holds until the key is created. */
    private static final class NewToken {
        String name = "";
        Set<ApiScope> scopes = EnumSet.of(ApiScope.FIGURES);
    }

    private Div newTokenForm() {
        TextField name = new TextField(getTranslation("api.tokens.name"));
        name.setHelperText(getTranslation("api.tokens.name.helper"));
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("api.tokens.scopes"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("api.scope." + scope.code()));
        // No required indicator: it puts aria-required on the group, which a group may not have.
        Binder<NewToken> binder = new Binder<>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(text -> !text.isBlank(), getTranslation("api.tokens.name.missing"))
                .bind(token -> token.name, (token, text) -> token.name = text);
        binder.forField(scopes).withValidator(chosen -> !chosen.isEmpty(), getTranslation("api.tokens.scopes.missing"))
                .bind(token -> token.scopes, (token, chosen) -> token.scopes = chosen);
        binder.setValidatorsDisabled(true); // nothing is marked before the first try
        binder.readBean(new NewToken());
        Button create = new Button(getTranslation("api.tokens.create"), click -> {
            binder.setValidatorsDisabled(false);
            NewToken wanted = new NewToken();
            if (!binder.writeBeanIfValid(wanted)) {
                if (name.isInvalid()) {
                    name.focus();
                }
                return;
            }
            CreatedToken created = tokens.create(wanted.name, wanted.scopes);
            binder.setValidatorsDisabled(true);
            name.clear();
            grid.setItems(tokens.list());
            new NewTokenDialog(created.token().name(), created.secret()).open();
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(new H2(getTranslation("api.tokens.new")), name, scopes, create);
        form.addClassName("api-token-form");
        return form;
    }

    private Grid<ApiToken> grid() {
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api.tokens.name")).setAutoWidth(true);
        grid.addColumn(token -> token.prefix() + "\u2026").setHeader(getTranslation("api.tokens.prefix"))
                .setAutoWidth(true);
        grid.addColumn(token -> token.scopes().stream().map(ApiScope::code).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api.tokens.scopes")).setAutoWidth(true);
        grid.addColumn(token -> getTranslation("api.tokens.createdBy", time(token.createdAt()), token.createdBy()))
                .setHeader(getTranslation("api.tokens.created")).setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("api.tokens.neverUsed")
                : time(token.lastUsedAt())).setHeader(getTranslation("api.tokens.lastUsed")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("api.tokens.status")).setAutoWidth(true)
                .setKey("status");
        grid.setItems(tokens.list());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("api.tokens.list"));
        grid.setEmptyStateText(getTranslation("api.tokens.none"));
        return grid;
    }

    private Component status(ApiToken token) {
        if (token.revoked()) {
            return new Span(getTranslation("api.tokens.revokedBy", time(token.revokedAt()), token.revokedBy()));
        }
        Button revoke = new Button(getTranslation("api.tokens.revoke"), click -> confirmRevoke(token));
        revoke.setAriaLabel(getTranslation("api.tokens.revokeWhich", token.name()));
        revoke.addThemeVariants(ButtonVariant.ERROR);
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("api.tokens.revoke.title"));
        confirm.setText(getTranslation("api.tokens.revoke.text", token.name()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("api.tokens.revoke.cancel"));
        confirm.setConfirmText(getTranslation("api.tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            tokens.revoke(token.id());
            grid.setItems(tokens.list());
            notifySuccess(getTranslation("api.tokens.revoked", token.name()));
        });
        confirm.open();
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "" : when.format(instant);
    }
}
