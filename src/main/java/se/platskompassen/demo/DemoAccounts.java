package se.platskompassen.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.platskompassen.organisation.Role;

/** The demo's staff accounts, created with the demo content and listed on the login page in demo mode. */
public final class DemoAccounts {

    /** Used only for demo accounts; the login page shows it in demo mode. */
    public static final String PASSWORD = "kompass-demo-2026";

    /** A demo account; {@code organisation} is null for the network admin. */
    public record Account(String username, String name, Role role, @Nullable String organisation) {
    }

    public static final List<Account> ALL = List.of(
            new Account("kommun-admin", "Admin, Demo kommun", Role.ORGANISATION_ADMIN, DemoContent.ORGANISATION),
            new Account("kommun-samordnare", "Samordnare, Demo kommun", Role.FACILITATOR, DemoContent.ORGANISATION),
            new Account("kommun-analytiker", "Analytiker, Demo kommun", Role.ANALYST, DemoContent.ORGANISATION),
            new Account("region-admin", "Admin, Exempel region", Role.ORGANISATION_ADMIN, DemoContent.REGION),
            new Account("region-samordnare", "Samordnare, Exempel region", Role.FACILITATOR, DemoContent.REGION),
            new Account("region-analytiker", "Analytiker, Exempel region", Role.ANALYST, DemoContent.REGION),
            new Account("natverket", "Nätverkets administratör", Role.NETWORK_ADMIN, null));

    private DemoAccounts() {
    }
}
