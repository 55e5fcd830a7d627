package se.platskompassen.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.base.ui.MainLayout;
import se.platskompassen.base.ui.StaffPage;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffMember;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.organisation.TenantAccess;

/** An organisation admin adds staff, sets their roles, and deactivates those who leave. */
@Route(value = "staff", layout = MainLayout.class)
@Menu(order = 80, title = "nav.staff", icon = "vaadin:users")
@RolesAllowed(Role.ORGANISATION_ADMIN_NAME)
class StaffView extends StaffPage {

    private static final List<Role> ORGANISATION_ROLES = List.of(Role.ORGANISATION_ADMIN, Role.FACILITATOR, Role.ANALYST);

    private final StaffService staff;
    private final long me;
    private final Grid<StaffMember> grid = new Grid<>();

    StaffView(StaffService staff, TenantAccess access) {
        this.staff = staff;
        this.me = access.actor().staffId();
        setHeading(getTranslation("staff.title"));
        setLead(getTranslation("staff.lead"));
        addContent(newStaffForm());
        addContent(new H2(getTranslation("staff.list")), grid());
    }

    private Div newStaffForm() {
        NewAccountFields account = new NewAccountFields(staff, this::notifyError);
        account.username.setHelperText(getTranslation("staff.username.helper"));
        Select<Role> role = roleSelect(getTranslation("staff.role"));
        role.setValue(Role.FACILITATOR);
        Button add = new Button(getTranslation("staff.add"), click -> {
            if (account.create(fields -> new NewStaff(fields.username.getValue(), fields.name.getValue(),
                    role.getValue(), null))) {
                grid.getDataProvider().refreshAll();
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(account.username, account.name, role, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        row.setWrap(true);
        Div form = new Div(new H2(getTranslation("staff.new")), row);
        form.addClassName("staff-form");
        return form;
    }

    private Select<Role> roleSelect(@Nullable String label) {
        Select<Role> select = new Select<>();
        if (label != null) {
            select.setLabel(label);
        }
        select.setItems(ORGANISATION_ROLES);
        select.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        return select;
    }

    private Grid<StaffMember> grid() {
        grid.addColumn(StaffMember::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
        grid.addColumn(StaffMember::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("staff.role")).setAutoWidth(true).setKey("role");
        grid.addColumn(member -> getTranslation(member.active() ? "staff.active" : "staff.inactive"))
                .setHeader(getTranslation("staff.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setItems(query -> staff.ofMyOrganisation(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) staff.countOfMyOrganisation());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.list"));
        return grid;
    }

    /** Others' roles can be changed right in the list; one's own role is only shown. */
    private Component roleCell(StaffMember member) {
        if (member.id() == me) {
            return new Span(getTranslation("role." + member.role().name()));
        }
        Select<Role> role = roleSelect(null);
        role.setAriaLabel(getTranslation("staff.roleOf", member.displayName()));
        role.setValue(member.role());
        role.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                staff.changeRole(member.id(), change.getValue());
                notifySuccess(getTranslation("staff.roleChanged", member.displayName()));
                grid.getDataProvider().refreshAll();
            }
        });
        return role;
    }

    private HorizontalLayout actions(StaffMember member) {
        HorizontalLayout actions = new HorizontalLayout();
        if (member.id() == me) {
            return actions;
        }
        Button active = new Button(getTranslation(member.active() ? "staff.deactivate" : "staff.reactivate"), click -> {
            staff.setActive(member.id(), !member.active());
            grid.getDataProvider().refreshAll();
        });
        active.setAriaLabel(getTranslation(member.active() ? "staff.deactivateWho" : "staff.reactivateWho",
                member.displayName()));
        Button reset = new Button(getTranslation("staff.reset"), click ->
                new OneTimePasswordDialog(member.username(), staff.resetPassword(member.id())).open());
        reset.setAriaLabel(getTranslation("staff.resetWho", member.displayName()));
        actions.add(active, reset);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return actions;
    }
}
