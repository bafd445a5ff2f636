package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries fields this version of MOT Studio does not know from the opened file into the file it
 * writes. Every known field is always written, so a key the old tree has and the new one lacks is
 * unknown; it is copied back, in its old position relative to the known keys. Objects in arrays are
 * matched by {@code id}; without ids, by position when both arrays have the same length.
 */
final class UnknownFields {
    private UnknownFields() {}

    static void carryOver(JsonNode old, JsonNode fresh) {
        if (old instanceof ObjectNode from && fresh instanceof ObjectNode to) {
            objects(from, to);
        } else if (old instanceof ArrayNode from && fresh instanceof ArrayNode to) {
            arrays(from, to);
        }
    }

    private static void objects(ObjectNode from, ObjectNode to) {
        boolean anyUnknown = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode known = to.get(field.getKey());
            if (known == null) {
                anyUnknown = true;
            } else {
                carryOver(field.getValue(), known);
            }
        }
        if (anyUnknown) {
            reorder(from, to);
        }
    }

    /** Rebuilds {@code to} with the unknown fields of {@code from} placed where they stood. */
    private static void reorder(ObjectNode from, ObjectNode to) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fresh = to.fields();
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (merged.containsKey(field.getKey())) {
                continue;
            }
            if (to.has(field.getKey())) {
                // emit the known fields up to and including this one, in the new order
                while (fresh.hasNext()) {
                    Map.Entry<String, JsonNode> next = fresh.next();
                    merged.put(next.getKey(), next.getValue());
                    if (next.getKey().equals(field.getKey())) {
                        break;
                    }
                }
            } else {
                merged.put(field.getKey(), field.getValue());
            }
        }
        fresh.forEachRemaining(next -> merged.put(next.getKey(), next.getValue()));
        to.removeAll();
        merged.forEach(to::set);
    }

    private static void arrays(ArrayNode from, ArrayNode to) {
        Map<String, JsonNode> byId = new HashMap<>();
        from.forEach(element -> {
            String id = element.path("id").asText("");
            if (!id.isEmpty()) {
                byId.put(id, element);
            }
        });
        boolean positional = byId.isEmpty() && from.size() == to.size();
        for (int i = 0; i < to.size(); i++) {
            JsonNode target = to.get(i);
            String id = target.path("id").asText("");
            JsonNode source = !id.isEmpty() ? byId.get(id) : positional ? from.get(i) : null;
            if (source != null) {
                carryOver(source, target);
            }
        }
    }
}
