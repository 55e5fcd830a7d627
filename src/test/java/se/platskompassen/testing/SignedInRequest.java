package se.platskompassen.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Karibu's fake request, answering "who is signed in?" from Spring Security, as the real
 * servlet filter does: Vaadin's view access control then sees the test's signed-in staff member.
 */
final class SignedInRequest extends FakeRequest {

    private final SecurityContextHolderStrategy security;

    SignedInRequest(HttpSession session, SecurityContextHolderStrategy security) {
        super(session);
        this.security = security;
    }

    private Authentication authentication() {
        Authentication authentication = security.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication : null;
    }

    @Override
    public Principal getUserPrincipal() {
        return authentication();
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication authentication = authentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }
}
