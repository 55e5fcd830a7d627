package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffMember;
import se.platskompassen.organisation.StaffService;

/** Network admins add municipalities and regions and give each its first admin. */
@Route(value = "organisations", layout = MainLayout.class)
@Menu(order = 120, title = "nav.organisations", icon = "vaadin:building-o")
@RolesAllowed(Role.NETWORK_ADMIN_NAME)
class OrganisationsView extends StaffPage {

    private final OrganisationService organisations;
    private final StaffService staff;
    private final Grid<Organisation> grid = new Grid<>();
    private final Select<Organisation> adminFor = new Select<>();
    private Map<Long, List<StaffMember>> admins = Map.of();

    OrganisationsView(OrganisationService organisations, StaffService staff) {
        this.organisations = organisations;
        this.staff = staff;
        setHeading(getTranslation("organisations.title"));
        setLead(getTranslation("organisations.lead"));
        addContent(newOrganisationForm(), new H2(getTranslation("organisations.list")), grid(), newAdminForm());
        refresh();
    }

    private Div newOrganisationForm() {
        TextField name = new TextField(getTranslation("organisations.nameField"));
        name.setMaxLength(200);
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel(getTranslation("organisations.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisationKind." + k.name()));
        kind.setValue(OrganisationKind.MUNICIPALITY);
        Button add = new Button(getTranslation("organisations.add"), click -> {
            try {
                organisations.create(name.getValue(), kind.getValue());
                name.clear();
                refresh();
            } catch (IllegalArgumentException e) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("organisations.invalid"));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, kind, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H2(getTranslation("organisations.new")), row);
    }

    private Grid<Organisation> grid() {
        grid.addColumn(Organisation::name).setHeader(getTranslation("organisations.name")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("organisationKind." + o.kind().name()))
                .setHeader(getTranslation("organisations.kind"));
        grid.addColumn(o -> admins.getOrDefault(o.id(), List.of()).stream().map(StaffMember::username)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("organisations.admins"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("organisations.list"));
        return grid;
    }

    private void refresh() {
        admins = staff.organisationAdmins();
        List<Organisation> all = organisations.all();
        grid.setItems(all);
        adminFor.setItems(all);
    }

    /** A new admin for an organisation, or a new network admin when no organisation is chosen. */
    private Div newAdminForm() {
        Select<Organisation> organisation = adminFor;
        organisation.setLabel(getTranslation("organisations.adminFor"));
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("organisations.network") : o.name());
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("organisations.network"));
        NewAccountFields account = new NewAccountFields(staff, this::notifyError);
        Button add = new Button(getTranslation("organisations.addAdmin"), click -> {
            Organisation chosen = organisation.getValue();
            if (account.create(fields -> new NewStaff(fields.username.getValue(), fields.name.getValue(),
                    chosen == null ? Role.NETWORK_ADMIN : Role.ORGANISATION_ADMIN, chosen == null ? null : chosen.id()))) {
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(organisation, account.username, account.name, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H2(getTranslation("organisations.newAdmin")),
                new Paragraph(getTranslation("organisations.newAdmin.lead")), row);
    }
}
