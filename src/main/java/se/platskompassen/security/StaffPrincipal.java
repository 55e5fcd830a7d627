package se.platskompassen.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import se.platskompassen.organisation.Role;

/** The signed-in staff member as Spring Security holds them. The password hash is not kept after sign-in. */
final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final long staffId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable Long organisationId;
    private @Nullable String passwordHash;
    private final boolean enabled;

    StaffPrincipal(long staffId, String username, String displayName, Role role, @Nullable Long organisationId,
            String passwordHash, boolean enabled) {
        this.staffId = staffId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    long staffId() {
        return staffId;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Nullable Long organisationId() {
        return organisationId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
