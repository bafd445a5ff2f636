package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds numbers written too large for a double ({@code 1e400} reads as infinity). No schema rule
 * can say "finite", and such a value could never be written back as JSON, so each is a problem
 * with its field path, wherever it stands — a known field or one this version does not know.
 */
final class HugeNumbers {
    private HugeNumbers() {}

    static List<Finding> in(JsonNode root) {
        List<Finding> found = new ArrayList<>();
        visit(root, new StringBuilder("$"), found);
        return found;
    }

    private static void visit(JsonNode node, StringBuilder path, List<Finding> found) {
        if (node.isFloatingPointNumber()) {
            if (!Double.isFinite(node.doubleValue())) {
                found.add(new Finding(path.toString(), FileProblem.Kind.NOT_FINITE, List.of()));
            }
            return;
        }
        if (!node.isContainerNode()) {
            return;
        }
        int length = path.length();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), path.append('[').append(i).append(']'), found);
                path.setLength(length);
            }
        } else {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visit(field.getValue(), path.append('.').append(field.getKey()), found);
                path.setLength(length);
            }
        }
    }
}
