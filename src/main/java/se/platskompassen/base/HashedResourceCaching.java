package se.platskompassen.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's production scripts under {@code /VAADIN/build/} carry a hash of their content in their
 * names ({@code indexhtml-QXbTLm33.js}): a new version has new names, so a browser may keep them
 * for a year. Vaadin itself gives them an hour, and a resident's phone that comes back the next
 * evening would fetch 400 KB again (decision 0023).
 */
@Configuration(proxyBeanMethods = false)
public class HashedResourceCaching {

    static final String FOR_A_YEAR = "max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedResourceCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new CacheForAYear());
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }

    static boolean isHashed(String path) {
        return HASHED.matcher(path).find();
    }

    private static final class CacheForAYear extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!isHashed(request.getRequestURI())) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Cache-Control", FOR_A_YEAR);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!"Cache-Control".equalsIgnoreCase(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!"Cache-Control".equalsIgnoreCase(name)) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!"Expires".equalsIgnoreCase(name)) {
                        super.setDateHeader(name, date);
                    }
                }
            });
        }
    }
}
