package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.ReferenceProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the model's reference problems into findings on the file's JSON. A dangling reference
 * already names its field; a duplicate id names only its kind ({@code journey.touchpoints}), so
 * the repeated element is looked up in the tree and its {@code id} field is named instead.
 */
final class ReferencePlaces {
    /** Kinds whose elements sit in nested lists, by where they are in the file (indices left out). */
    private static final Map<String, String> NESTED = Map.of(
            "journey.touchpoints", "journey.stages.touchpoints",
            "plan.checklistItems", "plan.standards.items");

    private ReferencePlaces() {}

    static List<Finding> of(List<ReferenceProblem> problems, JsonNode root) {
        Set<String> duplicated = new HashSet<>();
        problems.stream().filter(p -> p.kind() == ReferenceProblem.Kind.DUPLICATE_ID).forEach(p -> duplicated.add(p.id()));
        Map<String, List<String>> elements = new HashMap<>();
        if (!duplicated.isEmpty()) {
            collect(root, "$", duplicated, elements);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ReferenceProblem p : problems) {
            if (p.kind() == ReferenceProblem.Kind.DANGLING) {
                findings.add(new Finding("$." + p.path(), FileProblem.Kind.DANGLING_REFERENCE, List.of(p.id(), p.target())));
            } else {
                String key = NESTED.getOrDefault(p.path(), p.path()) + " " + p.id();
                // the first element with the id is fine; the k-th problem is about the (k+1)-th element
                int repeat = seen.merge(key, 1, Integer::sum);
                List<String> found = elements.getOrDefault(key, List.of());
                String where = repeat < found.size() ? found.get(repeat) + ".id" : "$." + p.path();
                findings.add(new Finding(where, FileProblem.Kind.DUPLICATE_ID, List.of(p.id())));
            }
        }
        return findings;
    }

    /** Records the path of every element whose id is duplicated, keyed by its kind's path and id. */
    private static void collect(JsonNode node, String path, Set<String> ids, Map<String, List<String>> elements) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (id != null && id.isTextual() && ids.contains(id.textValue())) {
                String kind = path.length() > 2 ? path.substring(2).replaceAll("\\[\\d+]", "") : "";
                elements.computeIfAbsent(kind + " " + id.textValue(), k -> new ArrayList<>()).add(path);
            }
            node.properties().forEach(e -> collect(e.getValue(), path + "." + e.getKey(), ids, elements));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", ids, elements);
            }
        }
    }
}
