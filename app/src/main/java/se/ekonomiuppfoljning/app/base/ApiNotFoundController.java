package se.ekonomiuppfoljning.app.base;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every {@code /api} path no endpoint has answers 404 in the API's JSON shape. Without it Vaadin's catch-all
 * handler would answer 200 with the portal's HTML page, and an integration could not tell a typo from success.
 * The endpoints' own, more specific mappings always win over this one.
 */
@RestController
@Hidden
class ApiNotFoundController {

    @RequestMapping("/api/**")
    ResponseEntity<ApiErrors> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ApiErrors.of(
                        "HTTP_404", "adressen finns inte i API:t; se /v3/api-docs för de adresser som finns"));
    }
}
