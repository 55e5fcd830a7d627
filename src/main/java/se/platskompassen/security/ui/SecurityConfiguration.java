package se.platskompassen.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff sign in; residents never do. Views say who may open them ({@code @AnonymousAllowed}
 * for the resident pages, {@code @RolesAllowed}/{@code @PermitAll} for staff); everything else
 * needs a signed-in staff member, except the health check and static files. No remember-me.
 * The JSON API ({@code /api/**}) has a chain of its own, with bearer tokens and no session,
 * ordered before this one (api.ApiSecurityConfiguration).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/pictures/**", "/icons/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                .defaultSuccessUrl("/start", false));
        return http.build();
    }
}
