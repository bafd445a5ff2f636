package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries fields this version of MOT Studio does not know from an opened file into the file it
 * writes. Every known field is always written, so a key the old tree has and the new one lacks is
 * unknown: it is copied back, in its old place among the known keys. Objects in arrays are matched
 * by {@code id}; without ids, by position when both arrays have the same length. Elements deleted
 * since are not matched, so their unknown fields go with them.
 */
final class UnknownFields {
    private UnknownFields() {}

    /** Copies {@code old}'s unknown fields into {@code fresh}; true if there were any to copy. */
    static boolean carryOver(JsonNode old, JsonNode fresh) {
        if (old instanceof ObjectNode from && fresh instanceof ObjectNode to) {
            return objects(from, to);
        }
        if (old instanceof ArrayNode from && fresh instanceof ArrayNode to) {
            return arrays(from, to);
        }
        return false;
    }

    private static boolean objects(ObjectNode from, ObjectNode to) {
        boolean carried = false;
        boolean unknownHere = false;
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            JsonNode known = to.get(field.getKey());
            if (known == null) {
                unknownHere = true;
            } else {
                carried |= carryOver(field.getValue(), known);
            }
        }
        if (unknownHere) {
            merge(from, to);
        }
        return carried || unknownHere;
    }

    /** Rebuilds {@code to} with the unknown fields of {@code from} placed after the known field they followed. */
    private static void merge(ObjectNode from, ObjectNode to) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fresh = to.properties().iterator();
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            if (to.has(field.getKey())) {
                // emit the known fields up to and including this one, in the new order
                while (fresh.hasNext() && !merged.containsKey(field.getKey())) {
                    Map.Entry<String, JsonNode> next = fresh.next();
                    merged.put(next.getKey(), next.getValue());
                }
            } else {
                merged.put(field.getKey(), field.getValue());
            }
        }
        fresh.forEachRemaining(next -> merged.put(next.getKey(), next.getValue()));
        to.removeAll();
        to.setAll(merged);
    }

    private static boolean arrays(ArrayNode from, ArrayNode to) {
        Map<String, JsonNode> byId = new HashMap<>();
        from.forEach(element -> {
            JsonNode id = element.get("id");
            if (id != null && id.isTextual()) {
                byId.put(id.textValue(), element);
            }
        });
        boolean positional = byId.isEmpty() && from.size() == to.size();
        boolean carried = false;
        for (int i = 0; i < to.size(); i++) {
            JsonNode target = to.get(i);
            JsonNode id = target.get("id");
            JsonNode source = id != null && id.isTextual() ? byId.get(id.textValue()) : positional ? from.get(i) : null;
            if (source != null) {
                carried |= carryOver(source, target);
            }
        }
        return carried;
    }
}
