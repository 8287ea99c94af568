package se.ekonomiuppfoljning.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.View;

/**
 * The portal's own short Swedish error page, in place of Spring Boot's Whitelabel page: what happened and a link to
 * the start page, never an exception's text, a path echoed back or a stack trace.
 */
final class PortalErrorPage implements View {

    private final int status;

    PortalErrorPage(int status) {
        this.status = status;
    }

    static String html(int status) {
        String[] text = switch (status) {
            case 400 ->
                new String[] {
                    "Adressen kan inte visas",
                    "Adressen innehåller tecken som portalen inte tar emot (till exempel ; eller kodade snedstreck)."
                };
            case 403 ->
                new String[] {
                    "Begäran togs inte emot",
                    "Ladda om sidan och försök igen. Hjälper inte det"
                            + " saknar du behörighet till det du försökte göra."
                };
            case 404 ->
                new String[] {"Sidan finns inte", "Adressen finns inte i portalen. Kontrollera den och försök igen."};
            default ->
                new String[] {
                    "Något gick fel",
                    "Portalen kunde inte svara på begäran. Försök igen, och kontakta portalens förvaltare om felet kvarstår."
                };
        };
        return "<!doctype html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + text[0]
                + " – Ekonomiuppföljning</title></head><body><main><h1>" + text[0] + "</h1><p>" + text[1]
                + "</p><p><a href=\"/\">Till startsidan för Ekonomiuppföljning</a></p></main></body></html>\n";
    }

    /** Writes the page with its status. */
    static void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html(status));
        response.getWriter().flush();
    }

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(response, status);
    }
}
