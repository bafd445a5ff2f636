package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Branding;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.WorkshopInfo;

import static com.motstudio.store.JsonTree.*;

/** Maps the workshop's setup (metadata, customer types, tiers) to and from the file's JSON. */
final class SetupJson {
    private SetupJson() {}

    static ObjectNode write(WorkshopInfo info) {
        ObjectNode node = object();
        node.put("title", info.title());
        node.put("organization", info.organization());
        node.put("sector", info.sector());
        node.put("facilitator", info.facilitator());
        node.set("startDate", date(info.startDate()));
        node.set("endDate", date(info.endDate()));
        node.put("language", info.language());
        node.set("groups", array(info.groups(), g -> object().put("id", g.id()).put("name", g.name())));
        node.set("participants", array(info.participants(), p -> object().put("id", p.id()).put("name", p.name())
                .put("groupId", p.groupId()).put("role", p.role())));
        node.put("notes", info.notes());
        Branding b = info.branding();
        node.set("branding", object().put("logoMediaType", b.logoMediaType()).put("logoBase64", b.logoBase64())
                .put("accentColor", b.accentColor()));
        return node;
    }

    static WorkshopInfo readInfo(JsonNode node) {
        JsonNode b = section(node, "branding");
        return new WorkshopInfo(text(node, "title"), text(node, "organization"), text(node, "sector"),
                text(node, "facilitator"), date(node, "startDate"), date(node, "endDate"), text(node, "language"),
                list(node, "participants", p -> new Participant(text(p, "id"), text(p, "name"), text(p, "groupId"), text(p, "role"))),
                list(node, "groups", g -> new ParticipantGroup(text(g, "id"), text(g, "name"))),
                text(node, "notes"),
                new Branding(text(b, "logoMediaType"), text(b, "logoBase64"), text(b, "accentColor")));
    }

    static ObjectNode write(CustomerType type) {
        return object().put("id", type.id()).put("kind", type.kind().name()).put("name", type.name())
                .put("description", type.description());
    }

    static CustomerType readCustomerType(JsonNode node) {
        return new CustomerType(text(node, "id"), constant(node, "kind", CustomerKind.class), text(node, "name"),
                text(node, "description"));
    }

    static ObjectNode write(CustomerTier tier) {
        ObjectNode node = object().put("id", tier.id()).put("name", tier.name()).put("rank", tier.rank());
        node.set("shareOfCustomers", number(tier.shareOfCustomers()));
        node.set("shareOfValue", number(tier.shareOfValue()));
        return node.put("description", tier.description());
    }

    static CustomerTier readTier(JsonNode node) {
        return new CustomerTier(text(node, "id"), text(node, "name"), integer(node, "rank", 1),
                number(node, "shareOfCustomers"), number(node, "shareOfValue"), text(node, "description"));
    }
}
