package com.motstudio.room;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What a room session holds: its participants, the activities opened, every participant's latest
 * answers, which activity is open and whether its results are revealed. Safe to use from the
 * server's threads and the facilitator's at once; listeners hear of every accepted change with a
 * fresh snapshot, outside the lock.
 */
public final class RoomState {
    /** The longest name a participant may type, in characters. */
    public static final int MAX_NAME = 40;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final int maxParticipants;
    private final List<String> groupIds;
    private final Map<String, RoomParticipant> byToken = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    // activity id -> participant id -> latest submission
    private final Map<String, Map<String, Submission>> submissions = new HashMap<>();
    private final List<Consumer<RoomSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Object delivering = new Object();
    private String openActivityId = "";
    private boolean revealed;
    private long version;
    private long delivered;

    /** @param groupIds the workshop's table groups a participant may choose; empty when it has none */
    public RoomState(Clock clock, int maxParticipants, List<String> groupIds) {
        this.clock = clock;
        this.maxParticipants = maxParticipants;
        this.groupIds = List.copyOf(groupIds);
    }

    /** Hears of every join and every accepted answer, e.g. to keep the recovery copy current. */
    public void addListener(Consumer<RoomSnapshot> listener) {
        listeners.add(listener);
    }

    /** Joins a new participant: a name, or no name and one of the workshop's groups (anonymous). */
    public Result<RoomParticipant> join(String name, String groupId) {
        String typed = name == null ? "" : name.strip();
        String group = groupId == null ? "" : groupId;
        if (typed.codePointCount(0, typed.length()) > MAX_NAME) {
            return Result.refused(new Refusal(400, "name.long", Map.of("max", MAX_NAME), "a name has at most " + MAX_NAME + " characters"));
        }
        if (typed.codePoints().anyMatch(Character::isISOControl)) {
            return Result.refused(Refusal.of(400, "name.control", "a name cannot hold control characters"));
        }
        if (!group.isEmpty() && !groupIds.contains(group)) {
            return Result.refused(Refusal.of(400, "group.unknown", "no such group"));
        }
        if (typed.isEmpty() && group.isEmpty() && !groupIds.isEmpty()) {
            return Result.refused(Refusal.of(400, "name.missing", "type a name or choose a group"));
        }
        RoomParticipant joined;
        synchronized (this) {
            if (byToken.size() >= maxParticipants) {
                return Result.refused(new Refusal(503, "room.full", Map.of("max", maxParticipants), "the room is full"));
            }
            joined = new RoomParticipant(com.motstudio.model.Ids.next("rp"), newToken(), typed, group, clock.instant());
            byToken.put(joined.token(), joined);
        }
        changed();
        return Result.ok(joined);
    }

    public synchronized Optional<RoomParticipant> participant(String token) {
        return Optional.ofNullable(token == null ? null : byToken.get(token));
    }

    /** Keeps a participant's answers to the open activity, replacing whatever they sent before. */
    public Optional<Refusal> submit(String token, String activityId, List<AnswerCell> cells, boolean done) {
        synchronized (this) {
            RoomParticipant who = byToken.get(token);
            if (who == null) {
                return Optional.of(Refusal.of(401, "token.unknown", "join the room first"));
            }
            if (!openActivityId.equals(activityId)) {
                return Optional.of(Refusal.of(409, "activity.closed", "this activity is closed"));
            }
            Optional<Refusal> problem = AnswerCheck.problem(activities.get(activityId), cells);
            if (problem.isPresent()) {
                return problem;
            }
            submissions.computeIfAbsent(activityId, k -> new LinkedHashMap<>())
                    .put(who.id(), new Submission(who.id(), activityId, cells, done, clock.instant()));
        }
        changed();
        return Optional.empty();
    }

    /** Opens an activity for the phones; results are hidden until {@link #reveal}. */
    public void open(Activity activity) {
        synchronized (this) {
            activities.put(activity.id(), activity);
            openActivityId = activity.id();
            revealed = false;
        }
        changed();
    }

    /** Closes the open activity: the phones wait; its answers stay. */
    public void close() {
        synchronized (this) {
            openActivityId = "";
            revealed = false;
        }
        changed();
    }

    public void reveal(boolean shown) {
        synchronized (this) {
            revealed = shown;
        }
        changed();
    }

    public synchronized Optional<Activity> openActivity() {
        return Optional.ofNullable(activities.get(openActivityId));
    }

    public synchronized boolean revealed() {
        return revealed;
    }

    /** A participant's latest answers to an activity, or none. */
    public synchronized Optional<Submission> submission(String participantId, String activityId) {
        return Optional.ofNullable(submissions.getOrDefault(activityId, Map.of()).get(participantId));
    }

    /** Who joined and how far each is in the open activity. */
    public synchronized RoomLive live() {
        Activity open = activities.get(openActivityId);
        Map<String, Submission> given = submissions.getOrDefault(openActivityId, Map.of());
        List<RoomLive.Person> people = new ArrayList<>();
        int answered = 0;
        int finished = 0;
        int answers = 0;
        for (RoomParticipant p : byToken.values()) {
            Submission s = given.get(p.id());
            int count = s == null ? 0 : s.cells().size();
            boolean done = s != null && open != null && s.finished(open);
            people.add(new RoomLive.Person(p.id(), p.name(), p.groupId(), count, done));
            answered += count > 0 ? 1 : 0;
            finished += done ? 1 : 0;
            answers += count;
        }
        return new RoomLive(openActivityId, people, answered, finished, answers, revealed);
    }

    /** The result of an activity (open or earlier), whether revealed or not: the facilitator's view. */
    public synchronized RoomTally tally(String activityId) {
        Activity activity = activities.get(activityId);
        if (activity == null) {
            throw new IllegalArgumentException("no activity " + activityId);
        }
        List<Submission> given = List.copyOf(submissions.getOrDefault(activityId, Map.of()).values());
        return Tallies.of(activity, given, List.copyOf(byToken.values()));
    }

    public synchronized RoomSnapshot snapshot() {
        List<Submission> all = new ArrayList<>();
        submissions.values().forEach(m -> all.addAll(m.values()));
        return new RoomSnapshot(List.copyOf(byToken.values()), List.copyOf(activities.values()), all, openActivityId, revealed);
    }

    /** Puts back what a snapshot holds, replacing the state; the phones' tokens still work. */
    public synchronized void restore(RoomSnapshot snapshot) {
        byToken.clear();
        activities.clear();
        submissions.clear();
        snapshot.participants().forEach(p -> byToken.put(p.token(), p));
        snapshot.activities().forEach(a -> activities.put(a.id(), a));
        snapshot.submissions().forEach(s -> submissions.computeIfAbsent(s.activityId(), k -> new LinkedHashMap<>())
                .put(s.participantId(), s));
        openActivityId = activities.containsKey(snapshot.openActivityId()) ? snapshot.openActivityId() : "";
        revealed = snapshot.revealed() && !openActivityId.isEmpty();
    }

    private String newToken() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tells the listeners, newest state only: a snapshot older than one already delivered is dropped. */
    private void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        RoomSnapshot now;
        long at;
        synchronized (this) {
            at = ++version;
            now = snapshot();
        }
        synchronized (delivering) {
            if (at > delivered) {
                delivered = at;
                listeners.forEach(l -> l.accept(now));
            }
        }
    }

    /** A value, or the refusal that stands in its place. */
    public record Result<T>(T value, Refusal refusal) {
        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> refused(Refusal refusal) {
            return new Result<>(null, refusal);
        }
    }
}
