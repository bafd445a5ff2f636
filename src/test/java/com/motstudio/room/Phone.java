package com.motstudio.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulated phone talking to a room over real HTTP, as the participant page does. */
public final class Phone {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    String token;

    Phone(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** A reply: its status and JSON body. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String error() {
            return body.path("error").asText("");
        }
    }

    Answer join(String pin, String name, String group) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pin", pin);
        body.put("name", name);
        body.put("group", group);
        body.put("token", token);
        Answer answer = post("/api/join", JSON.writeValueAsString(body));
        if (answer.status() == 200) {
            token = answer.body().get("token").asText();
        }
        return answer;
    }

    Answer me() throws IOException, InterruptedException {
        return send(request("/api/me").GET().build());
    }

    Answer answer(String activityId, List<AnswerCell> cells, boolean done) throws IOException, InterruptedException {
        return post("/api/answer", JSON.writeValueAsString(Map.of("activityId", activityId, "answers", cells, "done", done)));
    }

    HttpRequest answerRequest(String activityId, List<AnswerCell> cells) throws IOException {
        return request("/api/answer").POST(HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(Map.of("activityId", activityId, "answers", cells, "done", false)))).build();
    }

    Answer post(String path, String body) throws IOException, InterruptedException {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .timeout(java.time.Duration.ofSeconds(30));
        if (token != null) {
            builder.header(RoomApi.TOKEN_HEADER, token);
        }
        return builder;
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        return answerOf(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    static Answer answerOf(HttpResponse<String> response) throws IOException {
        String text = response.body();
        JsonNode body = text.isEmpty() || !text.startsWith("{") ? JSON.createObjectNode() : JSON.readTree(text);
        return new Answer(response.statusCode(), body, response);
    }
}
