package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import se.ekonomiuppfoljning.app.base.ApiErrorAnswer;

/**
 * A request Spring Security's firewall refuses (a {@code ;} in the path, an encoded slash, {@code ..}) answers 400
 * at once: a short Swedish page, or the API's JSON error for {@code /api}. Spring's default sent the status to the
 * servlet error page, which showed the Whitelabel page to a logged-in user and a redirect to the login page to
 * the API. The refusal's reason is logged, not shown.
 */
final class RejectedRequests implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.info("Refused a request to {}: {}", request.getRequestURI(), rejected.getMessage());
        if (ApiErrorAnswer.isApi(request)) {
            ApiErrorAnswer.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "adressen kan inte användas: den innehåller tecken som API:t inte tar emot (till exempel ;)");
            return;
        }
        PortalErrorPage.write(response, HttpServletResponse.SC_BAD_REQUEST);
    }
}
