package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Channel;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;

import java.util.List;

import static com.motstudio.store.JsonTree.*;

/** Maps the journey (stages and their touchpoints, in order) to and from the file's JSON. */
final class JourneyJson {
    private JourneyJson() {}

    static ObjectNode write(Journey journey) {
        ObjectNode node = object();
        node.set("stages", arrayInParallel(journey.stages(), JourneyJson::write));
        return node;
    }

    static Journey read(JsonNode node) {
        return new Journey(list(node, "stages", JourneyJson::readStage));
    }

    private static ObjectNode write(Stage stage) {
        ObjectNode node = object().put("id", stage.id()).put("name", stage.name()).put("description", stage.description());
        node.set("touchpoints", array(stage.touchpoints(), JourneyJson::write));
        return node;
    }

    private static Stage readStage(JsonNode node) {
        return new Stage(text(node, "id"), text(node, "name"), text(node, "description"),
                list(node, "touchpoints", JourneyJson::readTouchpoint));
    }

    private static ObjectNode write(Touchpoint tp) {
        ObjectNode node = object().put("id", tp.id()).put("name", tp.name()).put("description", tp.description());
        node.set("channel", name(tp.channel()));
        node.set("phase", name(tp.phase()));
        node.set("category", name(tp.category()));
        List<String> roles = tp.roles().stream().sorted().map(Enum::name).toList();
        node.set("roles", strings(roles));
        node.put("ownerDepartment", tp.ownerDepartment());
        node.put("customerAction", tp.customerAction());
        node.set("emotions", array(tp.emotions(), e -> object().put("customerTypeId", e.customerTypeId()).put("score", e.score())));
        node.set("painPoints", strings(tp.painPoints()));
        node.set("opportunities", strings(tp.opportunities()));
        return node.put("evidence", tp.evidence());
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
