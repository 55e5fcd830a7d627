package se.platskompassen.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.platskompassen.organisation.NewStaff;
import se.platskompassen.organisation.Passwords;
import se.platskompassen.organisation.Role;
import se.platskompassen.organisation.StaffService;
import se.platskompassen.organisation.TenantAccess;

/**
 * The first start of an installation: when no staff account exists, a network admin is created
 * from {@code PLATSKOMPASSEN_BOOTSTRAP_ADMIN_USERNAME} and {@code …_PASSWORD}. Without them the
 * application starts anyway and says how to create one. There is never a default password.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final StaffService staff;
    private final TenantAccess access;
    private final @Nullable String username;
    private final @Nullable String password;

    BootstrapAdmin(StaffService staff, TenantAccess access,
            @Value("${platskompassen.bootstrap.admin-username:}") @Nullable String username,
            @Value("${platskompassen.bootstrap.admin-password:}") @Nullable String password) {
        this.staff = staff;
        this.access = access;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.anyStaff()) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            log.warn("No staff account exists yet. To create the first network administrator, set "
                    + "PLATSKOMPASSEN_BOOTSTRAP_ADMIN_USERNAME and PLATSKOMPASSEN_BOOTSTRAP_ADMIN_PASSWORD "
                    + "(at least {} characters) and restart.", Passwords.MIN_LENGTH);
            return;
        }
        try {
            access.asSystem(null, () -> staff.createWithPassword(
                    new NewStaff(username, "Nätverksadministratör", Role.NETWORK_ADMIN, null), password));
            log.info("Created the first network administrator, {}.", NewStaff.normaliseUsername(username));
        } catch (IllegalArgumentException e) {
            log.error("Could not create the first network administrator: {}", e.getMessage());
        }
    }
}
