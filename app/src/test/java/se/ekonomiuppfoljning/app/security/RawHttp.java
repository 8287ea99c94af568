package se.ekonomiuppfoljning.app.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request written by hand on a socket, for what java.net.http will not send: a forged
 * {@code Host} header, a path the client would normalise. Answers the status line, headers and body as text.
 */
final class RawHttp {

    /** An answer: the status, the header block (lower-cased names) and the body. */
    record Answer(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return status + "\n" + headers + "\n\n" + body;
        }
    }

    private RawHttp() {}

    /** Sends {@code method path} with the given header lines (each "Name: value"); the connection closes after it. */
    static Answer send(int port, String method, String path, String... headers) throws Exception {
        return send(port, method, path, new byte[0], headers);
    }

    /** As {@link #send(int, String, String, String...)}, with a body (its Content-Length is added). */
    static Answer send(int port, String method, String path, byte[] body, String... headers) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean host = false;
            for (String header : headers) {
                host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
                request.append(header).append("\r\n");
            }
            if (!host) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            if (body.length > 0) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String answerBody = end < 0 ? "" : text.substring(end + 4);
            String statusLine = head.lines().findFirst().orElse("");
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            return new Answer(status, head.substring(statusLine.length()).strip(), answerBody);
        }
    }
}
