package se.platskompassen.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read-only JSON API, {@code /api/v1}. Every route reads as the request's token (see
 * {@link ApiSecurityConfiguration}); ids of another organisation are not found, exactly like ids
 * that do not exist. Lists are paged: {@code page} (from 0) and {@code size}, or for responses
 * {@code after} (the cursor in {@code links.next}) and {@code size}.
 */
@RestController
@Tag(name = "Platskompassen API")
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class ApiController {

    static final String BASE = "/api/v1";

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
            @RequestParam(defaultValue = "" + ApiService.DEFAULT_PAGE_SIZE) int size) {
        if (size < 1 || size > ApiService.MAX_RESPONSES_PAGE) {
            throw new IllegalArgumentException("size from 1 to " + ApiService.MAX_RESPONSES_PAGE);
        }
        ApiService.ResponsePage read = api.responses(dialogueId, after, size);
        String next = read.next() == null ? null : current().replaceQueryParam("after", read.next()).toUriString();
        return new ApiJson.Page<>(read.items(), new ApiJson.PageInfo(null, size, read.total(), null),
                new ApiJson.Links(current().toUriString(), next));
    }

    @GetMapping("/dialogues/{dialogueId}/figures")
    @Operation(summary = "Per-theme figures of a dialogue after the small-group rule (scope figures)")
    ApiJson.Figures figures(@PathVariable long dialogueId) {
        return api.figures(dialogueId);
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
