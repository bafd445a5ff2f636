package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Small reading and writing steps shared by the section mappers. Reading assumes the tree passed
 * the schema, so a field has the right type when present; an absent field reads as empty, null or
 * the model's default.
 */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static <T> ArrayNode array(Collection<T> values, Function<T, JsonNode> write) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(write.apply(v)));
        return array;
    }

    /**
     * As {@link #array}, mapping the elements on all cores: for coarse elements (stages, each with
     * hundreds of touchpoints in a large workshop). The order is kept.
     */
    static <T> ArrayNode arrayInParallel(List<T> values, Function<T, JsonNode> write) {
        ArrayNode array = NODES.arrayNode();
        values.parallelStream().map(write).toList().forEach(array::add);
        return array;
    }

    static ArrayNode strings(Collection<String> values) {
        return array(values, NODES::textNode);
    }

    static JsonNode date(LocalDate date) {
        return date == null ? NODES.nullNode() : NODES.textNode(date.toString());
    }

    /** JSON has no NaN or infinity: a number that could not be computed is written as null. */
    static JsonNode number(Double value) {
        return value == null || !Double.isFinite(value) ? NODES.nullNode() : NODES.numberNode(value);
    }

    static JsonNode integer(Integer value) {
        return value == null ? NODES.nullNode() : NODES.numberNode(value);
    }

    static JsonNode name(Enum<?> value) {
        return value == null ? NODES.nullNode() : NODES.textNode(value.name());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    /** A number the model always has; null (written for NaN) reads back as NaN. */
    static double decimal(JsonNode node, String field) {
        Double value = number(node, field);
        return value == null ? Double.NaN : value;
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static int integer(JsonNode node, String field, int fallback) {
        Integer value = integer(node, field);
        return value == null ? fallback : value;
    }

    static <E extends Enum<E>> E constant(JsonNode node, String field, Class<E> type) {
        String value = text(node, field);
        return value.isEmpty() ? null : Enum.valueOf(type, value);
    }

    static <E extends Enum<E>> Set<E> constants(JsonNode node, String field, Class<E> type) {
        List<E> values = list(node, field, n -> Enum.valueOf(type, n.asText()));
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    static List<String> strings(JsonNode node, String field) {
        return list(node, field, JsonNode::asText);
    }

    static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> read) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<T> values = new ArrayList<>(array.size());
        array.forEach(element -> values.add(read.apply(element)));
        return values;
    }

    static JsonNode section(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? object() : value;
    }
}
