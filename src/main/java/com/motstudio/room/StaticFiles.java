package com.motstudio.room;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves the participant page's bundled files, and nothing else: only the names listed here, read
 * from the class path once, so no request can reach another file.
 */
final class StaticFiles implements HttpHandler {
    private static final String FOLDER = "/com/motstudio/room/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html|text/html; charset=utf-8",
            "/room.js", "room.js|text/javascript; charset=utf-8",
            "/room.css", "room.css|text/css; charset=utf-8",
            "/texts/en.json", "texts/en.json|application/json; charset=utf-8",
            "/texts/zh-CN.json", "texts/zh-CN.json|application/json; charset=utf-8",
            "/texts/zh-TW.json", "texts/zh-TW.json|application/json; charset=utf-8");

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();
    private final ClientGuard guard;
    private final AtomicLong pageLoads = new AtomicLong();

    StaticFiles(ClientGuard guard) {
        this.guard = guard;
    }

    /** How often the page itself was served: the facilitator's "test from your phone" watches it rise. */
    long pageLoads() {
        return pageLoads.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String file = FILES.get(path);
            String method = exchange.getRequestMethod();
            if (!guard.allow("address:" + exchange.getRemoteAddress().getAddress().getHostAddress())) {
                Reply.bytes(exchange, 429, "text/plain; charset=utf-8", bytes("429"), false);
            } else if (file == null) {
                Reply.bytes(exchange, 404, "text/plain; charset=utf-8", bytes("404"), false);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                Reply.bytes(exchange, 405, "text/plain; charset=utf-8", bytes("405"), false);
            } else {
                String[] nameAndType = file.split("\\|");
                if (path.equals("/")) {
                    pageLoads.incrementAndGet();
                }
                Reply.bytes(exchange, 200, nameAndType[1], loaded.computeIfAbsent(nameAndType[0], StaticFiles::read), false);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
