package com.motstudio.room;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps count per client: wrong PINs per network address in the last minute, and a token bucket of
 * requests per phone or address. Bounded: when it tracks too many clients it forgets the idle ones.
 */
final class ClientGuard {
    private static final long MINUTE_MS = 60_000;
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final RoomLimits limits;
    private final Map<String, Deque<Long>> wrongPins = new HashMap<>();
    private final Map<String, Bucket> buckets = new HashMap<>();

    ClientGuard(Clock clock, RoomLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** True while the address has used up its wrong PINs for the last minute. */
    synchronized boolean pinBlocked(String address) {
        Deque<Long> times = wrongPins.get(address);
        if (times == null) {
            return false;
        }
        long now = clock.millis();
        while (!times.isEmpty() && now - times.peekFirst() >= MINUTE_MS) {
            times.pollFirst();
        }
        return times.size() >= limits.wrongPinsPerMinute();
    }

    synchronized void wrongPin(String address) {
        if (wrongPins.size() >= MAX_TRACKED) {
            wrongPins.clear();
        }
        wrongPins.computeIfAbsent(address, k -> new ArrayDeque<>()).addLast(clock.millis());
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    synchronized boolean allow(String client) {
        long now = clock.millis();
        if (buckets.size() >= MAX_TRACKED) {
            buckets.values().removeIf(b -> now - b.at > MINUTE_MS);
        }
        Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(limits.burst(), now));
        bucket.tokens = Math.min(limits.burst(), bucket.tokens + (now - bucket.at) * limits.requestsPerSecond() / 1000.0);
        bucket.at = now;
        if (bucket.tokens < 1) {
            return false;
        }
        bucket.tokens -= 1;
        return true;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
