package se.platskompassen.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import se.platskompassen.dialogue.Dialogue;
import se.platskompassen.dialogue.DialogueKind;
import se.platskompassen.dialogue.DialogueService;
import se.platskompassen.dialogue.DialogueSettings;
import se.platskompassen.dialogue.DialogueStatus;
import se.platskompassen.organisation.Organisation;
import se.platskompassen.organisation.OrganisationKind;
import se.platskompassen.organisation.OrganisationService;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.organisation.TenantAccess;
import se.platskompassen.place.PlaceDetails;
import se.platskompassen.place.PlaceService;
import se.platskompassen.questionnaire.Language;
import se.platskompassen.questionnaire.Version;

/** Test data in fresh organisations, made through the real services as the application itself. */
@Component
public class Tenants {

    private final TenantAccess access;
    private final OrganisationService organisations;
    private final PlaceService places;
    private final DialogueService dialogues;
    private final StaffService staff;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    public static final String PASSWORD = "test-password-long-enough";

    Tenants(TenantAccess access, OrganisationService organisations, PlaceService places, DialogueService dialogues,
            StaffService staff, UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.access = access;
        this.organisations = organisations;
        this.places = places;
        this.dialogues = dialogues;
        this.staff = staff;
        this.users = users;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Organisation newOrganisation() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return access.asSystem(null, () -> organisations.create("Test " + unique, OrganisationKind.MUNICIPALITY));
    }

    /**
     * A new organisation with one place and one open dialogue of this version, and its admin
     * signed in on this thread (clear with {@link #signOut()}).
     */
    public Dialogue newDialogue(Version version) {
        Organisation organisation = newOrganisation();
        signInAs(newStaff(organisation.id(), Role.ORGANISATION_ADMIN));
        long place = places.create(PlaceDetails.named("Torget " + organisation.name())).id();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('0', 'O');
        return dialogues.createWithCode(place, new DialogueSettings("Dialog", null, version, EnumSet.of(Language.SV),
                DialogueKind.INDIVIDUAL, null, null, List.of()), code, DialogueStatus.OPEN);
    }

    /** A new staff account in an organisation; returns its username. The password is {@link #PASSWORD}. */
    public String newStaff(long organisationId, Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        access.asSystem(null, () -> staff.createWithPassword(new NewStaff(username, username, role, organisationId),
                PASSWORD));
        return username;
    }

    /**
     * Signs a staff member in on this thread, as the login form would, in this application
     * context's security context (several test contexts live in one JVM).
     */
    public void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        security.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    public void signOut() {
        security.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** The security context this application context reads. */
    public SecurityContextHolderStrategy security() {
        return security;
    }

    /** Runs work as the application for one organisation (as its admin would be allowed to). */
    public <T> T as(long organisationId, Supplier<T> work) {
        return access.asSystem(organisationId, work);
    }

    public void as(long organisationId, Runnable work) {
        access.asSystem(organisationId, work);
    }
}
