package com.motstudio.room;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the room's replies, every one with the same safety headers: a strict Content-Security-Policy
 * (the page's own files only, no inline script or style), no sniffing, no framing, no referrer, and
 * no CORS header, so no other site's page can read a reply.
 */
final class Reply {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Reply() {}

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body, boolean cache) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Content-Security-Policy", CSP);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", cache ? "max-age=300" : "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void json(HttpExchange exchange, ObjectMapper mapper, int status, Object value) throws IOException {
        bytes(exchange, status, "application/json; charset=utf-8", mapper.writeValueAsBytes(value), false);
    }

    static void refusal(HttpExchange exchange, ObjectMapper mapper, Refusal refusal) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", refusal.code());
        body.put("args", refusal.args());
        body.put("message", refusal.message());
        json(exchange, mapper, refusal.status(), body);
    }
}
