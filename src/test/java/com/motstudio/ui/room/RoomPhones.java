package com.motstudio.ui.room;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityItem;
import com.motstudio.room.AnswerCell;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Simulated phones for the facilitator's screens: each joins the room over real HTTP with the PIN
 * the screen shows and sends whole answers, as the participant page does.
 */
public final class RoomPhones {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final List<String> tokens = new ArrayList<>();

    /** @param address the address the join screen shows, e.g. http://127.0.0.1:41234 */
    public RoomPhones(String address) {
        this.base = URI.create(address.endsWith("/") ? address : address + "/");
    }

    /** Joins {@code count} phones named "Phone 1"… (or anonymously with a group); returns their public ids. */
    public List<String> join(String pin, int count, String group) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pin", pin);
            body.put("name", group.isEmpty() ? "Phone " + (tokens.size() + 1) : "");
            body.put("group", group);
            body.put("token", null);
            JsonNode reply = post("/api/join", JSON.writeValueAsString(body), null);
            tokens.add(reply.get("token").asText());
            ids.add(reply.path("id").asText());
        }
        return ids;
    }

    public int size() {
        return tokens.size();
    }

    /**
     * Every phone answers every item of the activity: {@code value.apply(phone, item)} for each part
     * of the item (null leaves a part out); the answers are sent as finished.
     */
    public void answerAll(Activity activity, BiFunction<Integer, Integer, Integer> value) throws IOException, InterruptedException {
        for (int p = 0; p < tokens.size(); p++) {
            List<AnswerCell> cells = new ArrayList<>();
            for (int i = 0; i < activity.items().size(); i++) {
                ActivityItem item = activity.items().get(i);
                Integer v = value.apply(p, i);
                if (v != null) {
                    activity.kind().parts().forEach(part -> cells.add(new AnswerCell(item.id(), part, v)));
                }
            }
            post("/api/answer", JSON.writeValueAsString(Map.of("activityId", activity.id(), "answers", cells, "done", true)), tokens.get(p));
        }
    }

    private JsonNode post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Room-Token", token);
        }
        HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IOException(path + " refused with " + reply.statusCode() + ": " + reply.body());
        }
        return JSON.readTree(reply.body());
    }
}
