package se.platskompassen.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import se.platskompassen.base.PublicAddress;

/**
 * Staff sign in; residents never do. Views say who may open them ({@code @AnonymousAllowed}
 * for the resident pages, {@code @RolesAllowed}/{@code @PermitAll} for staff); everything else
 * needs a signed-in staff member, except the health check and static files. No remember-me.
 * The JSON API ({@code /api/**}) has a chain of its own, with bearer tokens and no session,
 * ordered before this one (api.ApiSecurityConfiguration).
 *
 * <p>Every page carries a Content-Security-Policy: nothing from other sites, no framing by them,
 * no plugins. Vaadin's client needs inline scripts and {@code eval} (its bootstrap and the
 * server's JavaScript calls) and inline styles (Lumo and the components set them), so those stay
 * allowed. HTTPS: the servlet knows a request came over HTTPS behind a TLS proxy only when the
 * proxy's headers are trusted ({@code server.forward-headers-strategy=native}); then HSTS is sent
 * and the session cookie is {@code Secure}. An {@code https://} public address
 * ({@code platskompassen.public-url}) says the same, so it turns both on for every request, in
 * case the proxy headers were forgotten.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** One year, as HSTS preload lists ask. */
    private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

    private final boolean httpsPublicUrl;

    SecurityConfiguration(PublicAddress address) {
        this.httpsPublicUrl = address.https();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/pictures/**", "/icons/**").permitAll());
        http.headers(headers -> {
            // Before Vaadin writes the page: not every response of Vaadin's passes a commit Spring sees.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(frames -> frames.sameOrigin())
                    .httpStrictTransportSecurity(hsts -> {
                        hsts.maxAgeInSeconds(HSTS_SECONDS);
                        if (httpsPublicUrl) {
                            hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                        }
                    });
        });
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                .defaultSuccessUrl("/start", false));
        return http.build();
    }

    /** The session cookie is {@code Secure} whenever the public address is HTTPS. */
    @Bean
    ServletContextInitializer secureSessionCookieForHttpsPublicUrl() {
        return servletContext -> {
            if (httpsPublicUrl) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }
}
