package se.platskompassen.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.platskompassen.questionnaire.Language;

/**
 * The read-only JSON API, {@code /api/v1}. Every route reads as the request's token (see
 * {@link ApiSecurityConfiguration}); ids of another organisation are not found, exactly like ids
 * that do not exist. Lists are paged: {@code page} (from 0) and {@code size}, or for responses
 * {@code after} (the cursor in {@code links.next}) and {@code size}. Responses can be narrowed to
 * the languages they were given in ({@code language}).
 */
@RestController
@Tag(name = "Platskompassen API")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    static final String BASE = "/api/v1";

    static final String LANGUAGE_PARAMETER = """
            Only the responses given in these languages: BCP 47 codes as in each response's `language` \
            (sv, en, sv-x-easy for easy Swedish, ar, fa, so, ti, uk, fi, pl). Repeat the parameter or separate \
            codes with commas; leave it out for every language. `links.next` keeps it.""";

    private final ApiService api;
    private final ApiLinks links;

    ApiController(ApiService api, ApiLinks links) {
        this.api = api;
        this.links = links;
    }

    @GetMapping("/places")
    @Operation(summary = "The organisation's places, archived ones too, by id (scope figures)")
    ApiJson.Page<ApiJson.Place> places(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiService.DEFAULT_PAGE_SIZE) int size) {
        return paged(api.places(page, size), page, size);
    }

    @GetMapping("/places/{placeId}")
    @Operation(summary = "One place (scope figures)")
    ApiJson.Place place(@PathVariable long placeId) {
        return api.place(placeId);
    }

    @GetMapping("/places/{placeId}/dialogues")
    @Operation(summary = "The dialogues at one place, by id (scope figures)")
    ApiJson.Page<ApiJson.Dialogue> dialoguesAt(@PathVariable long placeId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiService.DEFAULT_PAGE_SIZE) int size) {
        return paged(api.dialoguesAt(placeId, page, size), page, size);
    }

    @GetMapping("/dialogues")
    @Operation(summary = "All the organisation's dialogues, by id (scope figures)")
    ApiJson.Page<ApiJson.Dialogue> dialogues(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApiService.DEFAULT_PAGE_SIZE) int size) {
        return paged(api.dialogues(page, size), page, size);
    }

    @GetMapping("/dialogues/{dialogueId}")
    @Operation(summary = "One dialogue (scope figures)")
    ApiJson.Dialogue dialogue(@PathVariable long dialogueId) {
        return api.dialogue(dialogueId);
    }

    @GetMapping("/dialogues/{dialogueId}/responses")
    @Operation(summary = "A dialogue's single responses with their answers, as started; page with after = links.next (scope responses)")
    ApiJson.Page<ApiJson.Response> responses(@PathVariable long dialogueId,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "" + ApiService.DEFAULT_PAGE_SIZE) int size,
            @RequestParam(name = "language", required = false) @Parameter(description = LANGUAGE_PARAMETER)
            @Nullable List<String> languages) {
        if (size < 1 || size > ApiService.MAX_RESPONSES_PAGE) {
            throw new IllegalArgumentException("size from 1 to " + ApiService.MAX_RESPONSES_PAGE);
        }
        ApiService.ResponsePage read = api.responses(dialogueId, languages(languages), after, size);
        String next = read.next() == null ? null : current().replaceQueryParam("after", read.next()).toUriString();
        return new ApiJson.Page<>(read.items(), new ApiJson.PageInfo(null, size, read.total(), null),
                new ApiJson.Links(current().toUriString(), next));
    }

    @GetMapping("/dialogues/{dialogueId}/figures")
    @Operation(summary = "Per-theme figures of a dialogue after the small-group rule (scope figures)")
    ApiJson.Figures figures(@PathVariable long dialogueId) {
        return api.figures(dialogueId);
    }

    /** Every language when none is named; a code we do not know is a 400 that lists the codes. */
    private static Set<Language> languages(@Nullable List<String> codes) {
        Set<Language> chosen = EnumSet.noneOf(Language.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            for (String one : code.split(",")) {
                if (!one.isBlank()) {
                    chosen.add(Language.fromCode(one).orElseThrow(() -> new IllegalArgumentException(
                            "language \"" + one.strip() + "\" is not one of " + Arrays.stream(Language.values())
                                    .map(Language::code).collect(Collectors.joining(", ")))));
                }
            }
        }
        return chosen.isEmpty() ? EnumSet.allOf(Language.class) : chosen;
    }

    private <T> ApiJson.Page<T> paged(ApiService.Listing<T> listing, int page, int size) {
        int totalPages = (int) ((listing.total() + size - 1) / size);
        String next = page + 1 < totalPages
                ? current().replaceQueryParam("page", page + 1).replaceQueryParam("size", size).toUriString()
                : null;
        return new ApiJson.Page<>(listing.items(), new ApiJson.PageInfo(page, size, listing.total(), totalPages),
                new ApiJson.Links(current().toUriString(), next));
    }

    private UriComponentsBuilder current() {
        return links.current();
    }
}
