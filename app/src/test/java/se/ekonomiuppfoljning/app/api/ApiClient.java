package se.ekonomiuppfoljning.app.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client of the integration API, as a nightly job would call it (HTTP Basic). */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String user, String path, String contentType, byte[] body) throws Exception {
        return http.send(
                request(user, path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String user, String path, String contentType, String body) throws Exception {
        return post(user, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST with the given extra headers (name, value pairs); no Content-Type unless one of them names it. */
    HttpResponse<String> postWithHeaders(String user, String path, String body, String... headers) throws Exception {
        return send(user, "POST", path, body, headers);
    }

    /** Any method, with the given extra headers (name, value pairs); an empty body is sent as none. */
    HttpResponse<String> send(String user, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder builder = request(user, path)
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET as someone who types a wrong password. */
    HttpResponse<String> getWithPassword(String user, String password, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":demo2026").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }
}
