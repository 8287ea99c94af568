package se.ekonomiuppfoljning.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab, scripted: the requests Vaadin Flow's client sends, recorded from Chromium (the login form's POST
 * with Spring Security's CSRF token from the page, the page load and {@code ?v-r=init}, then UIDL messages
 * {@code POST ?v-r=uidl&v-uiId=N} with the CSRF key, {@code syncId} and {@code clientId} of the last answer; a
 * menu navigation is the UI's {@code ui-navigate} event, a typed field an {@code mSync} of its {@code value}, a
 * button a {@code click} event). Components are found by their {@code id} attribute in the UIDL answers. Static
 * resources (the JavaScript bundle, styles, fonts) are not fetched: a browser has them cached after its first
 * visit. The push connection (WebSocket) is not opened: the client-to-server messages are XHR in Flow's default
 * transport, and nothing in these scenarios is pushed.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<Integer, String> hrefs = new HashMap<>();
    private final ArrayNode pending = JSON.createArrayNode();
    private String loginCsrfParameter = "_csrf";
    private String loginCsrf = "";
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Opens the login page as a browser does: the page, then its UI. */
    void loginPage() throws IOException, InterruptedException {
        String page = page("/login");
        Matcher meta = META.matcher(page);
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                loginCsrf = meta.group(2);
            } else {
                loginCsrfParameter = meta.group(2);
            }
        }
        if (loginCsrf.isEmpty()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        init("login");
    }

    /** Posts the login form; follows the redirect to the landing page and opens its UI. Returns its UIDL. */
    String logIn(String username, String password) throws IOException, InterruptedException {
        String form = enc(loginCsrfParameter) + "=" + enc(loginCsrf) + "&username=" + enc(username) + "&password="
                + enc(password);
        // with the login page's session cookie, as a browser sends it (without it the portal starts a new session
        // and the login page's session is left behind until it times out)
        HttpResponse<String> answer = send(request(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("login refused: " + answer.statusCode() + " " + location);
        }
        String path = URI.create(base).resolve(location).getPath();
        page(path);
        return init(path.replaceFirst("^/", ""));
    }

    /** A full page load of a route (typed, bookmarked, or the link of an e-mail): a new UI. Returns its UIDL. */
    String open(String route) throws IOException, InterruptedException {
        page("/" + route);
        return init(route);
    }

    /** A click on a menu item or a router link: the UI's navigation event. Returns the answer's UIDL. */
    String navigate(String route) throws IOException, InterruptedException {
        return navigation(route, "", "client");
    }

    /** A click on a router link with query parameters ({@code query} without the "?", URL-encoded). */
    String navigate(String route, String query) throws IOException, InterruptedException {
        return navigation(route, query, "client");
    }

    /** The navigation event: the client sends it after the init of a page load too, which shows the view. */
    private String navigation(String route, String query, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", 1);
        event.put("event", "ui-navigate");
        event.set("data", data);
        pending.add(event);
        return uidl();
    }

    /**
     * Types into a field: its value property and the field's event ({@code input} for a text area that sends each
     * key, {@code change} for the others), sent with the next message.
     */
    void setValue(String elementId, String value, String domEvent) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node(elementId));
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        pending.add(sync);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node(elementId));
        event.put("event", domEvent);
        event.set("data", JSON.createObjectNode());
        pending.add(event);
    }

    /** Clicks a button; sends what was typed before it. Returns the answer's UIDL. */
    String click(String elementId) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 100);
        data.put("event.clientY", 100);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 200);
        data.put("event.screenX", 200);
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node(elementId));
        event.put("event", "click");
        event.set("data", data);
        pending.add(event);
        return uidl();
    }

    /** The id of an element of the last answers whose id starts with the prefix. */
    String firstIdStartingWith(String prefix) {
        return nodesById.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("no element with an id starting with " + prefix));
    }

    /** Follows a download link (an anchor's href) as the browser does; returns the body. */
    byte[] download(String elementId) throws IOException, InterruptedException {
        String href = hrefs.get(node(elementId));
        if (href == null) {
            throw new IllegalStateException("no href on " + elementId);
        }
        HttpResponse<byte[]> answer = http.send(
                request(URI.create(base + "/").resolve(href)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        keepCookies(answer);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("download answered " + answer.statusCode());
        }
        return answer.body();
    }

    private int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId);
        }
        return node;
    }

    private String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(request(URI.create(base + path)).GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private String init(String location) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                send(request(URI.create(base + "/?v-r=init&location=" + enc(location) + "&query="))
                        .GET());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("init of " + location + " answered " + answer.statusCode());
        }
        JsonNode root = JSON.readTree(answer.body());
        JsonNode config = root.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        if (uiId < 0 || uidl.isMissingNode()) {
            throw new IllegalStateException("init of " + location + " without a UI: " + abbreviate(answer.body()));
        }
        nodesById.clear();
        hrefs.clear();
        csrfToken = uidl.path("Vaadin-Security-Key").asText("");
        syncId = -1;
        clientId = 0;
        read(uidl);
        return navigation("/" + location, "", "");
    }

    private String uidl() throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", pending.deepCopy());
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        pending.removeAll();
        HttpResponse<String> answer = send(request(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + answer.statusCode());
        }
        String body = answer.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode root = JSON.readTree(body);
        JsonNode uidl = root.isArray() ? root.path(0) : root;
        return read(uidl);
    }

    /** Notes the ids, links, sync and client ids of an answer; fails on an error the client would show. */
    private String read(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("redirect")) {
            throw new IllegalStateException("the portal answered an error: " + abbreviate(uidl.toString()));
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asText())) {
                continue;
            }
            String key = change.path("key").asText();
            JsonNode value = change.path("value");
            if (key.equals("id") && value.isTextual()) {
                nodesById.put(value.asText(), change.path("node").asInt());
            } else if (key.equals("href") && value.isTextual()) {
                hrefs.put(change.path("node").asInt(), value.asText());
            } else if (key.equals("href") && value.has("uri")) {
                // a resource (a download handler): Flow wraps its address in an object
                hrefs.put(change.path("node").asInt(), value.get("uri").asText());
            }
        }
        return uidl.toString();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepCookies(answer);
        return answer;
    }

    private void keepCookies(HttpResponse<?> answer) {
        List<String> set = answer.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
