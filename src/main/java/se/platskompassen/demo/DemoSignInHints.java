package se.platskompassen.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import se.platskompassen.security.SignInHints;

/** The demo accounts for the sign-in page, offered only while demo mode is {@link DemoMode#active()}. */
@Component
class DemoSignInHints implements SignInHints {

    private final DemoMode mode;

    DemoSignInHints(DemoMode mode) {
        this.mode = mode;
    }

    @Override
    public List<Account> accounts() {
        if (!mode.active()) {
            return List.of();
        }
        return DemoAccounts.ALL.stream()
                .map(account -> new Account(account.username(), account.role(), account.organisation()))
                .toList();
    }

    @Override
    public String sharedPassword() {
        return DemoAccounts.PASSWORD;
    }
}
