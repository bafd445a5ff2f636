package com.motstudio.room;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.model.ParticipantGroup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phones' side of a room session, under /api/: join with the PIN, read the open activity and
 * one's own answers, send answers. Every request is rate-limited (per phone, or per address before
 * joining), bodies are capped, POSTs from another site's page are refused, and every refusal is
 * JSON with a code the page turns into the participant's language.
 */
final class RoomApi implements HttpHandler {
    static final String TOKEN_HEADER = "X-Room-Token";

    private final ObjectMapper mapper = RoomJson.mapper();
    private final RoomState state;
    private final ClientGuard guard;
    private final RoomLimits limits;
    private final String pin;
    private final List<ParticipantGroup> groups;

    RoomApi(RoomState state, ClientGuard guard, RoomLimits limits, String pin, List<ParticipantGroup> groups) {
        this.state = state;
        this.guard = guard;
        this.limits = limits;
        this.pin = pin;
        this.groups = List.copyOf(groups);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        try {
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            Optional<RoomParticipant> who = state.participant(exchange.getRequestHeaders().getFirst(TOKEN_HEADER));
            if (!guard.allow(who.map(p -> "phone:" + p.id()).orElse("address:" + address))) {
                Reply.refusal(exchange, mapper, Refusal.of(429, "rate", "too many requests; wait a moment"));
                return;
            }
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            switch (route) {
                case "GET /api/info" -> Reply.json(exchange, mapper, 200, Map.of("groups", groups, "maxName", RoomState.MAX_NAME));
                case "POST /api/join" -> join(exchange, address);
                case "GET /api/me" -> me(exchange, who);
                case "POST /api/answer" -> answer(exchange, who);
                default -> Reply.refusal(exchange, mapper, Refusal.of(404, "not.found", "no such request"));
            }
        } catch (RefusedException e) {
            Reply.refusal(exchange, mapper, e.refusal);
        }
    }

    private void join(HttpExchange exchange, String address) throws IOException {
        if (guard.pinBlocked(address)) {
            Reply.refusal(exchange, mapper, Refusal.of(429, "pin.blocked", "too many wrong PINs; wait a minute"));
            return;
        }
        RoomJson.Join join = read(exchange, RoomJson.Join.class);
        if (!RoomPin.matches(pin, join.pin())) {
            guard.wrongPin(address);
            Reply.refusal(exchange, mapper, Refusal.of(403, "pin.wrong", "wrong PIN"));
            return;
        }
        Optional<RoomParticipant> back = state.participant(join.token());
        RoomParticipant participant;
        if (back.isPresent()) {
            participant = back.get();
        } else {
            RoomState.Result<RoomParticipant> joined = state.join(join.name(), join.group());
            if (joined.refusal() != null) {
                Reply.refusal(exchange, mapper, joined.refusal());
                return;
            }
            participant = joined.value();
        }
        Map<String, Object> body = new LinkedHashMap<>(self(participant));
        body.put("token", participant.token());
        Reply.json(exchange, mapper, 200, body);
    }

    private void me(HttpExchange exchange, Optional<RoomParticipant> who) throws IOException {
        RoomParticipant participant = who.orElseThrow(() -> new RefusedException(Refusal.of(401, "token.unknown", "join the room first")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participant", self(participant));
        Optional<Activity> open = state.openActivity();
        boolean revealed = state.revealed();
        body.put("activity", open.orElse(null));
        Optional<Submission> mine = open.flatMap(a -> state.submission(participant.id(), a.id()));
        body.put("answers", mine.map(Submission::cells).orElse(List.of()));
        body.put("done", mine.map(Submission::done).orElse(false));
        body.put("revealed", revealed && open.isPresent());
        body.put("results", revealed && open.isPresent() ? state.tally(open.get().id()).items() : List.of());
        Reply.json(exchange, mapper, 200, body);
    }

    private void answer(HttpExchange exchange, Optional<RoomParticipant> who) throws IOException {
        RoomParticipant participant = who.orElseThrow(() -> new RefusedException(Refusal.of(401, "token.unknown", "join the room first")));
        RoomJson.Answers answers = read(exchange, RoomJson.Answers.class);
        if (answers.activityId() == null || answers.answers() == null) {
            throw new RefusedException(Refusal.of(400, "json.fields", "activityId and answers are needed"));
        }
        Optional<Refusal> refused = state.submit(participant.token(), answers.activityId(), answers.answers(), answers.done());
        if (refused.isPresent()) {
            Reply.refusal(exchange, mapper, refused.get());
            return;
        }
        Reply.json(exchange, mapper, 200, Map.of("saved", answers.answers().size()));
    }

    private static Map<String, Object> self(RoomParticipant participant) {
        return Map.of("id", participant.id(), "name", participant.name(), "group", participant.groupId());
    }

    /** Reads a capped JSON body from this site's own page. */
    private <T> T read(HttpExchange exchange, Class<T> type) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host)) {
            throw new RefusedException(Refusal.of(403, "origin", "requests from other sites are refused"));
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && (!length.matches("[0-9]{1,9}") || Long.parseLong(length) > limits.maxBodyBytes())) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(limits.maxBodyBytes() + 1);
        }
        if (body.length > limits.maxBodyBytes()) {
            throw tooLarge();
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new RefusedException(Refusal.of(400, "json.malformed", "the request is not valid JSON"));
            }
            return value;
        } catch (JacksonException e) {
            throw new RefusedException(Refusal.of(400, "json.malformed", "the request is not valid JSON"));
        }
    }

    private RefusedException tooLarge() {
        return new RefusedException(new Refusal(413, "body.large", Map.of("max", limits.maxBodyBytes()),
                "a request may have at most " + limits.maxBodyBytes() + " bytes"));
    }

    /** Unwinds a request to its refusal. */
    private static final class RefusedException extends RuntimeException {
        private final transient Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }
    }
}
