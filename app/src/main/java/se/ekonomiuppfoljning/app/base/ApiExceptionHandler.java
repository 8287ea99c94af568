package se.ekonomiuppfoljning.app.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * The integration API's answers to refusals, in Swedish: 422 with every problem of a refused file, 403 for a
 * unit outside the caller's scope or a role that may not, 404 for an unknown unit, 400 for a bad parameter.
 * Anything else is logged with its cause and answered with a short Swedish message only: no exception text,
 * stack trace or SQL ever leaves the portal.
 */
@RestControllerAdvice(basePackages = "se.ekonomiuppfoljning.app")
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiErrors> refusedFile(ImportException e) {
        return ResponseEntity.unprocessableEntity()
                .body(new ApiErrors(e.problems().stream()
                        .map(p -> new ApiError(
                                p.file(),
                                p.line(),
                                p.numberedField()
                                        .map(field -> Problems.text(field, TranslationProvider.SWEDISH))
                                        .orElse(p.field()),
                                Problems.text(p.problem(), TranslationProvider.SWEDISH),
                                ApiErrors.code(p.problem())))
                        .toList()));
    }

    /** A value the rules refuse (e.g. a text too long): 422 with the rule's Swedish message. */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ApiErrors> refused(RuleViolationException e) {
        return ResponseEntity.unprocessableEntity().body(ApiErrors.of(e.problem()));
    }

    /** Somebody else saved first: 409, nothing of the caller's was saved. */
    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ApiErrors> staleVersion(ConcurrentEditException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiErrors.of(e.problem()));
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ApiErrors> outOfScope(OutOfScopeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiErrors.of("OUT_OF_SCOPE", "du har inte behörighet till enhet " + e.unit()));
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ResponseEntity<ApiErrors> notPermitted(PermissionDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiErrors.of("PERMISSION_DENIED", "din roll får inte göra detta"));
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<ApiErrors> notAuthenticated(NotAuthenticatedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ApiErrors.of("NOT_AUTHENTICATED", "logga in (HTTP Basic)"));
    }

    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<ApiErrors> unknownUnit(UnknownUnitException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiErrors.of("UNKNOWN_UNIT", "enheten " + e.code() + " finns inte"));
    }

    /** The controllers word their parameter problems in Swedish ({@link ApiParameters}) before they reach here. */
    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ApiErrors> badParameter(BadParameterException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of("BAD_PARAMETER", "ogiltig parameter: " + e.getMessage()));
    }

    /**
     * A value refused deeper down: still the client's bad input, but its text was written for developers (and may
     * name internals), so it is logged, not answered.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiErrors> badValue(IllegalArgumentException e) {
        LOG.info("API request refused as a bad value", e);
        return ResponseEntity.badRequest().body(ApiErrors.of("BAD_PARAMETER", "ogiltig parameter"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest()
                .body(ApiErrors.of("MISSING_PARAMETER", "parametern " + e.getParameterName() + " saknas"));
    }

    /**
     * Spring MVC's own refusals (a wrong method, an unreadable body, a bad value's type) keep their status; the
     * message is chosen here by the status, since Spring's texts are English and name internals.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiErrors> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().value() < 500) {
            HttpStatusCode status = refusal.getStatusCode();
            return ResponseEntity.status(status)
                    .body(ApiErrors.of("HTTP_" + status.value(), messageFor(status.value())));
        }
        LOG.error("The API failed on an unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiErrors.of(
                        "INTERNAL",
                        "ett internt fel inträffade och ingenting sparades; försök igen, och kontakta portalens förvaltare"
                                + " om felet kvarstår"));
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 404 -> "adressen finns inte i API:t";
            case 405 -> "metoden kan inte användas på den här adressen";
            case 406 -> "svaret kan inte ges i den typ som begärdes (Accept)";
            case 413 -> "begäran är för stor";
            case 415 -> "innehållets typ (Content-Type) tas inte emot här";
            default -> "begäran kunde inte läsas (HTTP " + status + ")";
        };
    }
}
