package com.motstudio.room;

import java.util.Map;

/**
 * Why the room refused a request. The phone shows the text its language file has for {@code code},
 * with {@code args} filled in; {@code message} is the same in English, for anyone reading the raw reply.
 *
 * @param status the HTTP status of the reply
 */
public record Refusal(int status, String code, Map<String, Object> args, String message) {
    public Refusal {
        args = Map.copyOf(args);
    }

    static Refusal of(int status, String code, String message) {
        return new Refusal(status, code, Map.of(), message);
    }

    /** A value off its range. */
    static Refusal range(String item, int min, int max) {
        return new Refusal(400, "value.range", Map.of("item", item, "min", min, "max", max),
                "a value for " + item + " must be from " + min + " to " + max);
    }
}
