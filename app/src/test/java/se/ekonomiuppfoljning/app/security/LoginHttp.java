package se.ekonomiuppfoljning.app.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Logging in as a browser or an integration would, over real HTTP against the running portal at 127.0.0.1; and
 * raw requests from another loopback address (127.0.0.2), standing for another machine.
 */
final class LoginHttp {

    private final int port;

    LoginHttp(int port) {
        this.port = port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the login form as the login page would, with the extra headers given (e.g. Origin). */
    HttpResponse<String> postLogin(HttpClient client, String username, String password, Map<String, String> headers)
            throws Exception {
        return postLoginTo("/login", client, username, password, headers);
    }

    /** Posts the login form to the path given exactly as written (e.g. percent-encoded). */
    HttpResponse<String> postLoginTo(
            String path, HttpClient client, String username, String password, Map<String, String> headers)
            throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the client's session is logged in: a page is shown instead of a redirect to the login page. */
    boolean loggedIn(HttpClient client) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(base() + "/uppfoljning")).build(),
                HttpResponse.BodyHandlers.ofString());
        return page.statusCode() == 200;
    }

    HttpResponse<String> basic(String username, String password, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", authorization(username, password))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static String authorization(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A GET with HTTP Basic from 127.0.0.2; the status line and headers of the answer. */
    String basicFromOtherAddress(String username, String password, String path) throws Exception {
        return raw(
                "127.0.0.2",
                "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                        + authorization(username, password) + "\r\nConnection: close\r\n\r\n");
    }

    /** The login form posted with the Host and Origin headers given (as a browser behind a TLS proxy sends them). */
    String postLoginWithHost(String host, String origin, String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return raw(
                "127.0.0.1",
                "POST /login HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + form.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + form);
    }

    /**
     * A GET whose Authorization header is the scheme written as given (e.g. {@code "Basic\t"}) followed by the
     * Base64 of name and password, sent over a plain socket; the status code of the answer.
     */
    int basicWithScheme(String scheme, String username, String password, String path) throws Exception {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        String answer = raw(
                "127.0.0.1",
                "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + scheme + token
                        + "\r\nConnection: close\r\n\r\n");
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** One request over a plain socket from the given local address; the whole answer. */
    private String raw(String from, String request) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
