package com.motstudio.store;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Structure-aware mutations of a valid workshop file for the fuzz tests: a few of its values are
 * replaced by values the fuzzer chooses (huge or negative numbers, nulls, odd dates, text with
 * lone surrogates, deep nesting), fields are removed or unknown ones added. Byte-level mutation
 * alone almost never gets past the JSON syntax to the schema and the mapping; this does.
 */
final class WorkshopMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = JsonSetup.mapper();

    private final JsonNode seed;

    WorkshopMutations(byte[] seedFile) {
        try {
            this.seed = MAPPER.readTree(seedFile);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the seed must be a valid workshop file", e);
        }
    }

    /** The seed with up to eight mutations the fuzzer chose, as file bytes. */
    byte[] mutate(FuzzedDataProvider data) {
        JsonNode root = seed.deepCopy();
        int count = data.consumeInt(1, 8);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode parent = data.pickValue(containers);
            change(parent, data);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new byte[0]; // too deep for Jackson's writer: nothing to test
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static void change(JsonNode parent, FuzzedDataProvider data) {
        if (parent instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int action = data.consumeInt(0, 2);
            if (action == 0 || names.isEmpty()) {
                object.set(data.consumeBoolean() || names.isEmpty() ? data.consumeString(12) : data.pickValue(names), value(data));
            } else if (action == 1) {
                object.set(data.pickValue(names), value(data));
            } else {
                object.remove(data.pickValue(names));
            }
        } else if (parent instanceof ArrayNode array) {
            if (array.isEmpty() || data.consumeBoolean()) {
                array.add(value(data));
            } else {
                array.set(data.consumeInt(0, array.size() - 1), value(data));
            }
        }
    }

    private static JsonNode value(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(data.consumeInt());
            case 2 -> NODES.numberNode(data.consumeLong());
            case 3 -> NODES.numberNode(data.consumeDouble());
            case 4 -> NODES.numberNode(data.consumeInt(-10, 110));
            case 5 -> NODES.booleanNode(data.consumeBoolean());
            case 6 -> NODES.textNode(data.consumeString(40));
            case 7 -> NODES.textNode(String.format("%d-%d-%d", data.consumeInt(-1, 10_001), data.consumeInt(0, 13), data.consumeInt(0, 32)));
            case 8 -> NODES.textNode(String.format("%04d-%02d-%02d", data.consumeInt(0, 9999), data.consumeInt(1, 12), data.consumeInt(1, 28)));
            case 9 -> nested(data.consumeInt(1, 110));
            case 10 -> NODES.objectNode();
            default -> NODES.arrayNode();
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.arrayNode();
        for (int i = 1; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }
}
