package se.platskompassen.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of the OpenAPI description that springdoc-openapi makes from {@link ApiController}
 * and serves at {@value ApiSecurityConfiguration#OPENAPI_PATH}: title, how to authenticate, scopes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "apiToken";

    @Bean
    OpenAPI platskompassenApi() {
        return new OpenAPI()
                .info(new Info().title("Platskompassen API").version("1")
                        .description("""
                                Read-only access to one organisation's Place Standard results for BI tools: places, \
                                dialogues, single responses and per-theme figures. Authenticate with an API token \
                                that an organisation admin creates on the page "API tokens": \
                                `Authorization: Bearer pkapi_…`. Scope `figures` reads places, dialogues and \
                                figures; scope `responses` also reads single responses. Figures follow the \
                                organisation's small-group rule: a hidden figure is null and `hidden` says why \
                                (TOO_FEW, WOULD_REVEAL). Lists are paged; follow `links.next` until it is null. Single \
                                responses can be narrowed to the languages residents answered in \
                                (`language=ar,sv-x-easy`, BCP 47 codes as in each response). \
                                A dialogue with the Climate Lens has the figures of its optional climate question \
                                at `/dialogues/{id}/climate-figures`, in the same form and after the same rule, \
                                counted on the climate answers alone (404 for a dialogue without the lens). \
                                Figures are unweighted unless the path says otherwise, and say so: \
                                `/figures` and `/climate-figures` answer `"weighted": false`; \
                                `/dialogues/{id}/figures/weighted` gives them weighted to the place's population by \
                                age band × gender (`"weighted": true`, the weights, capped at 3 and not re-scaled), with \
                                the small-group rule applied to the unweighted counts; single responses are never \
                                weighted. \
                                Each answer of `/dialogues/{id}/responses` has `climateScore` and `climateSkipped`: \
                                the climate question's score, or a skip (`climateSkipped` true), both null where the \
                                question was not shown or the dialogue has no lens. \
                                Times are ISO-8601 in UTC. Errors are JSON: 400 bad parameter, 401 missing, unknown \
                                or revoked token, 403 scope missing, 404 not found."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API token of the organisation (pkapi_…)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
