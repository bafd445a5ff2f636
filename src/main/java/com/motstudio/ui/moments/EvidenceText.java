package com.motstudio.ui.moments;

import com.motstudio.method.Evidence;
import com.motstudio.model.CustomerType;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/** The evidence beside a score, in words: curve marks, roles (tagged and suggested), survey results, dots, bad reviews. */
final class EvidenceText {
    private EvidenceText() {}

    static String of(Evidence e, Workshop w, Texts texts) {
        List<String> parts = new ArrayList<>();
        for (Evidence.CurveMark mark : e.curves()) {
            String type = w.customerTypes().stream().filter(t -> t.id().equals(mark.customerTypeId()))
                    .map(CustomerType::name).findFirst().orElse("");
            List<String> marks = new ArrayList<>();
            if (mark.lowest()) {
                marks.add(texts.get("moments.evidence.lowest"));
            }
            if (mark.highest()) {
                marks.add(texts.get("moments.evidence.highest"));
            }
            if (mark.end()) {
                marks.add(texts.get("moments.evidence.end"));
            }
            if (!marks.isEmpty()) {
                parts.add(texts.format("moments.evidence.curve", type, String.join(texts.get("moments.evidence.and"), marks), mark.score()));
            }
        }
        List<String> roles = new ArrayList<>();
        for (TouchpointRole role : TouchpointRole.values()) {
            if (e.roles().contains(role)) {
                roles.add(texts.of(role));
            } else if (e.suggestedRoles().contains(role)) {
                roles.add(texts.format("moments.evidence.suggestedRole", texts.of(role)));
            }
        }
        if (!roles.isEmpty()) {
            parts.add(String.join(texts.get("moments.evidence.and"), roles));
        }
        if (e.servqualGap() != null) {
            parts.add(texts.format("moments.evidence.servqual", e.servqualGap()));
        }
        e.kano().stream().filter(k -> k.category() != null)
                .forEach(k -> parts.add(texts.format("moments.evidence.kano", texts.of(k.category()))));
        if (e.dots() > 0) {
            parts.add(texts.format("moments.evidence.dots", e.dots()));
        }
        if (e.reviews() > 0) {
            parts.add(texts.format("moments.evidence.reviews", e.badReviews(), e.reviews()));
        }
        return String.join(texts.get("moments.evidence.separator"), parts);
    }
}
