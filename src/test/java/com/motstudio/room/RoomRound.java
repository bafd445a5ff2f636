package com.motstudio.room;

import com.motstudio.model.Workshop;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A room of simulated phones, each joined over HTTP, that send a whole emotion round at the same
 * moment. Used by the load test and the benchmark.
 */
public final class RoomRound {
    public final List<Phone> phones = new ArrayList<>();
    public Activity activity;
    private final RoomSession room;
    private final Workshop workshop;

    public RoomRound(RoomSession room, HttpClient http, Workshop workshop, int people) throws IOException, InterruptedException {
        this.room = room;
        this.workshop = workshop;
        for (int i = 0; i < people; i++) {
            Phone phone = new Phone(http, room.address());
            if (phone.join(room.pin(), "Participant " + i, "").status() != 200) {
                throw new IllegalStateException("participant " + i + " could not join");
            }
            phones.add(phone);
        }
        nextRound();
    }

    /** Opens a new emotion round on all 30 touchpoints. */
    public void nextRound() {
        activity = Activity.emotion(workshop, RoomWorkshop.touchpointIds(workshop), RoomWorkshop.CUSTOMER);
        room.state().open(activity);
    }

    /** Participant i's emotion at touchpoint t: a spread of values over −5…+5 that a test can add up. */
    static int emotion(int participant, int touchpoint) {
        return (participant + touchpoint) % 11 - 5;
    }

    /** Every phone sends its 30 answers at once; returns the replies' statuses. */
    public List<Integer> sendAll(HttpClient http) throws IOException {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int p = 0; p < phones.size(); p++) {
            List<AnswerCell> cells = new ArrayList<>();
            for (int t = 0; t < activity.items().size(); t++) {
                cells.add(new AnswerCell(activity.items().get(t).id(), ActivityKind.Parts.VALUE, emotion(p, t)));
            }
            sent.add(http.sendAsync(phones.get(p).answerRequest(activity.id(), cells), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(f -> f.join().statusCode()).toList();
    }

    /** True once the facilitator's tally counts every phone as finished. */
    public boolean allCounted() {
        return room.state().tally(activity.id()).finished() == phones.size();
    }
}
