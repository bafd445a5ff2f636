package com.motstudio.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON path ({@code $.a.b[2].c}), so that problems
 * found on the tree can point into the file. Built only when there is a problem to place.
 */
final class LocationIndex {
    private final Map<String, Long> offsets = new HashMap<>();
    private final TextPositions positions;

    private static final class Container {
        final String path;
        final boolean array;
        int next;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    private LocationIndex(byte[] json) {
        this.positions = TextPositions.of(json);
    }

    static LocationIndex of(byte[] json, JsonFactory factory) {
        LocationIndex index = new LocationIndex(json);
        try (JsonParser parser = factory.createParser(json)) {
            index.walk(parser);
        } catch (IOException e) {
            // the text parsed once already; an index that stops early just places fewer problems
        }
        return index;
    }

    /** Where the value at {@code path} (e.g. {@code $.journey.stages[0]}) starts, or null if unknown. */
    TextPositions.Position find(String path) {
        Long offset = offsets.get(path);
        return offset == null ? null : positions.at(offset);
    }

    private void walk(JsonParser parser) throws IOException {
        Deque<Container> open = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                continue;
            }
            Container parent = open.peek();
            String path = parent == null ? "$"
                    : parent.array ? parent.path + "[" + parent.next++ + "]"
                    : parent.path + "." + parser.currentName();
            offsets.put(path, parser.currentTokenLocation().getByteOffset());
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open.push(new Container(path, token == JsonToken.START_ARRAY));
            }
        }
    }
}
