package se.platskompassen.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.platskompassen.base.NotFoundException;
import se.platskompassen.organisation.NoAccessException;

/**
 * Errors of the API as JSON ({@link ApiJson.Error}): 400 for bad paging or parameters, 403 when
 * the token's scopes do not cover the route, 404 for anything not found — another organisation's
 * id and a missing one alike, and any address under {@code /api} that is no route. The
 * messages never say more than the client sent.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, ApiClimate.class, WeightedFiguresController.class,
        ApiErrors.NoRoute.class})
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiJson.Error> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "No such resource");
    }

    @ExceptionHandler(NoAccessException.class)
    ResponseEntity<ApiJson.Error> forbidden(NoAccessException e) {
        return error(HttpStatus.FORBIDDEN, "insufficient_scope", "The token's scopes do not cover this resource");
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiJson.Error> badRequest(Exception e) {
        String message = e instanceof IllegalArgumentException ? e.getMessage() : "A parameter has a wrong value";
        return error(HttpStatus.BAD_REQUEST, "bad_request", message == null ? "Bad request" : message);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiJson.Error> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", "The API is read-only: use GET");
    }

    /** Anything else: a JSON 500 that tells nothing of the cause (which goes to the log). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiJson.Error> failed(Exception e) {
        LOG.error("The API failed to answer", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "The server could not answer");
    }

    static ResponseEntity<ApiJson.Error> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiJson.Error(status.value(), code, message));
    }

    /** Any other address under /api: a JSON 404 rather than the staff pages' not-found page. */
    @RestController
    @Hidden
    static class NoRoute {

        @RequestMapping("/api/**")
        ResponseEntity<ApiJson.Error> none() {
            return error(HttpStatus.NOT_FOUND, "not_found", "No such resource");
        }
    }
}
