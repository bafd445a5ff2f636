package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Channel;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static com.motstudio.store.JsonTree.*;

/**
 * Maps the journey (stages and their touchpoints, in order) to and from the file's JSON. The
 * journey is nearly all of a large file, so it is printed straight from the model, stage by stage
 * (see {@link PrintedStages}), instead of through a tree; the field lists are the file's field order.
 */
final class JourneyJson {
    static final List<String> STAGE_FIELDS = List.of("id", "name", "description", "touchpoints");
    static final List<String> TOUCHPOINT_FIELDS = List.of("id", "name", "description", "channel", "phase", "category",
            "roles", "ownerDepartment", "customerAction", "emotions", "painPoints", "opportunities", "evidence");
    static final List<String> EMOTION_FIELDS = List.of("customerTypeId", "score");
    /** Where a stage stands in the file: root, journey, stages array. */
    private static final int STAGE_DEPTH = 3;

    private JourneyJson() {}

    /** Writes the journey object around its stages, printed elsewhere by {@link #print(Stage)}. */
    static void print(List<CompletableFuture<byte[]>> stages, JsonPrinter out) {
        out.startObject().field("stages").startArray();
        stages.forEach(out::splice);
        out.end().end();
    }

    /** The journey as a tree, for carrying over fields this version does not know. */
    static JsonNode tree(Journey journey, ObjectMapper mapper) {
        JsonPrinter out = new JsonPrinter(0, 1 << 16);
        print(journey.stages().stream().map(s -> CompletableFuture.completedFuture(print(s))).toList(), out);
        try {
            return mapper.readTree(out.endText().bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the printed journey always parses", e);
        }
    }

    /** True when the journey of an opened file holds fields this version does not know. */
    static boolean hasUnknownFields(JsonNode journey) {
        if (!(journey instanceof ObjectNode node)) {
            return false;
        }
        if (!onlyKnown(node, Set.of("stages"))) {
            return true;
        }
        Set<String> stageFields = Set.copyOf(STAGE_FIELDS);
        Set<String> touchpointFields = Set.copyOf(TOUCHPOINT_FIELDS);
        Set<String> emotionFields = Set.copyOf(EMOTION_FIELDS);
        for (JsonNode stage : node.path("stages")) {
            if (!onlyKnown(stage, stageFields)) {
                return true;
            }
            for (JsonNode tp : stage.path("touchpoints")) {
                if (!onlyKnown(tp, touchpointFields)) {
                    return true;
                }
                for (JsonNode emotion : tp.path("emotions")) {
                    if (!onlyKnown(emotion, emotionFields)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean onlyKnown(JsonNode node, java.util.Collection<String> known) {
        if (!node.isObject()) {
            return true;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!known.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    static Journey read(JsonNode node) {
        return new Journey(list(node, "stages", JourneyJson::readStage));
    }

    /** A stage as it stands in the file: a pure function of the stage, so its text can be kept and reused. */
    static byte[] print(Stage stage) {
        int expected = 1_300 * stage.touchpoints().size() + 256;
        JsonPrinter out = new JsonPrinter(STAGE_DEPTH, expected).startObject();
        out.field("id").string(stage.id()).field("name").string(stage.name()).field("description").string(stage.description());
        out.field("touchpoints").startArray();
        stage.touchpoints().forEach(tp -> print(tp, out));
        return out.end().end().bytes();
    }

    private static Stage readStage(JsonNode node) {
        return new Stage(text(node, "id"), text(node, "name"), text(node, "description"),
                list(node, "touchpoints", JourneyJson::readTouchpoint));
    }

    private static void print(Touchpoint tp, JsonPrinter out) {
        out.startObject().field("id").string(tp.id()).field("name").string(tp.name())
                .field("description").string(tp.description());
        printConstant(out.field("channel"), tp.channel());
        printConstant(out.field("phase"), tp.phase());
        printConstant(out.field("category"), tp.category());
        out.field("roles").startArray();
        tp.roles().stream().sorted().map(Enum::name).forEach(out::string); // in declaration order
        out.end().field("ownerDepartment").string(tp.ownerDepartment())
                .field("customerAction").string(tp.customerAction()).field("emotions").startArray();
        for (EmotionScore e : tp.emotions()) {
            out.startObject().field("customerTypeId").string(e.customerTypeId()).field("score").number(e.score()).end();
        }
        printStrings(out.end().field("painPoints"), tp.painPoints());
        printStrings(out.field("opportunities"), tp.opportunities());
        out.field("evidence").string(tp.evidence()).end();
    }

    private static void printConstant(JsonPrinter out, Enum<?> value) {
        if (value == null) {
            out.nothing();
        } else {
            out.string(value.name());
        }
    }

    private static void printStrings(JsonPrinter out, List<String> values) {
        out.startArray();
        values.forEach(out::string);
        out.end();
    }

    private static Touchpoint readTouchpoint(JsonNode node) {
        return new Touchpoint(text(node, "id"), text(node, "name"), text(node, "description"),
                constant(node, "channel", Channel.class), constant(node, "phase", JourneyPhase.class),
                constant(node, "category", MomentCategory.class), constants(node, "roles", TouchpointRole.class),
                text(node, "ownerDepartment"), text(node, "customerAction"),
                list(node, "emotions", e -> new EmotionScore(text(e, "customerTypeId"), integer(e, "score", 0))),
                strings(node, "painPoints"), strings(node, "opportunities"), text(node, "evidence"));
    }
}
