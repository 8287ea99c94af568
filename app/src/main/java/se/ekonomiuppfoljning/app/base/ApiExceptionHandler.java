package se.ekonomiuppfoljning.app.base;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.ekonomiuppfoljning.cycle.RuleViolationException;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.organisation.UnknownUnitException;
import se.ekonomiuppfoljning.security.NotAuthenticatedException;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;

/**
 * The integration API's answers to refusals, in Swedish: 422 with every problem of a refused file, 403 for a
 * unit outside the caller's scope or a role that may not, 404 for an unknown unit, 400 for a bad parameter.
 */
@RestControllerAdvice(basePackages = "se.ekonomiuppfoljning.app")
class ApiExceptionHandler {

    /** One problem: where (file, line, field) and what. */
    record ApiError(String file, int line, String field, String message) {
    }

    record ApiErrors(List<ApiError> errors) {
        static ApiErrors of(String message) {
            return new ApiErrors(List.of(new ApiError("", 0, "", message)));
        }
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiErrors> refusedFile(ImportException e) {
        return ResponseEntity.unprocessableEntity().body(new ApiErrors(e.problems().stream()
                .map(p -> new ApiError(p.file(), p.line(), p.field(), p.message())).toList()));
    }

    /** A value the rules refuse (e.g. a text too long): 422 with the rule's Swedish message. */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ApiErrors> refused(RuleViolationException e) {
        return ResponseEntity.unprocessableEntity().body(ApiErrors.of(e.getMessage()));
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ApiErrors> outOfScope(OutOfScopeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiErrors.of("du har inte behörighet till enhet " + e.unit()));
    }

    @ExceptionHandler(PermissionDeniedException.class)
    ResponseEntity<ApiErrors> notPermitted(PermissionDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiErrors.of("din roll får inte göra detta"));
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<ApiErrors> notAuthenticated(NotAuthenticatedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ApiErrors.of("logga in (HTTP Basic)"));
    }

    @ExceptionHandler(UnknownUnitException.class)
    ResponseEntity<ApiErrors> unknownUnit(UnknownUnitException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of("enheten " + e.code() + " finns inte"));
    }

    /** The controllers word their parameter problems in Swedish before they reach here. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiErrors> badParameter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of("ogiltig parameter: " + e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(ApiErrors.of("parametern " + e.getParameterName() + " saknas"));
    }

}
