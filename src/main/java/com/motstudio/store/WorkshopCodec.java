package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Workshop;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.motstudio.store.JsonTree.*;

/**
 * The file's shape for format version {@value #VERSION}, mapped explicitly to and from the model:
 * the envelope ({@code format}, {@code formatVersion}) and the workshop's sections, each written by
 * its {@code *Json} mapper with every field always present and in a fixed order, so two saves of
 * the same workshop are byte-identical and versions diff cleanly. No reflection, no type info in
 * the file: the model stays free of JSON concerns and the file free of Java class names.
 */
final class WorkshopCodec {
    static final String FORMAT = "mot-studio-workshop";
    static final int VERSION = 1;

    private WorkshopCodec() {}

    /** Every section as a tree but the journey, which {@link #print} writes from the model; null holds its place. */
    static ObjectNode writeSections(Workshop w) {
        ObjectNode root = object();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.set("info", SetupJson.write(w.info()));
        root.set("customerTypes", array(w.customerTypes(), SetupJson::write));
        root.set("tiers", array(w.tiers(), SetupJson::write));
        root.putNull("journey");
        root.set("keyMoments", KeyMomentsJson.write(w.keyMoments()));
        root.set("plan", PlanJson.write(w.plan()));
        root.set("monitoring", MonitoringJson.write(w.monitoring()));
        return root;
    }

    /** The file's bytes: the sections' tree, with the journey's printed stages in the journey's place. */
    static FileText print(ObjectNode sections, List<CompletableFuture<byte[]>> stages) {
        JsonPrinter out = new JsonPrinter(0, 1 << 16);
        out.startObject();
        sections.properties().forEach(field -> {
            out.field(field.getKey());
            if (field.getKey().equals("journey")) {
                JourneyJson.print(stages, out);
            } else {
                out.tree(field.getValue());
            }
        });
        return out.end().endText();
    }

    /** Reads a tree that passed the schema. */
    static Workshop read(JsonNode root) {
        return new Workshop(SetupJson.readInfo(section(root, "info")),
                list(root, "customerTypes", SetupJson::readCustomerType),
                list(root, "tiers", SetupJson::readTier),
                JourneyJson.read(section(root, "journey")),
                KeyMomentsJson.read(section(root, "keyMoments")),
                PlanJson.read(section(root, "plan")),
                MonitoringJson.read(section(root, "monitoring")));
    }
}
