package com.motstudio.method.monitor;

import com.motstudio.model.Audit;
import com.motstudio.model.AuditResult;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ItemCompliance;
import com.motstudio.model.ServiceStandard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliance of a set of audits with the service standards, per checklist item, per standard, per
 * counter and per moment. Results for items no longer in any standard count for their counter and
 * the total only. Items keep the plan's order; counters keep the order they were first audited in.
 */
public final class Compliance {
    private final List<ServiceStandard> standards;
    private final Map<String, Rate> items = new LinkedHashMap<>();
    private final Map<String, Rate> counters = new LinkedHashMap<>();
    private final Map<String, String> standardOfItem = new LinkedHashMap<>();
    private Rate total = Rate.NONE;

    public Compliance(List<ServiceStandard> standards, List<Audit> audits) {
        this.standards = List.copyOf(standards);
        for (ServiceStandard s : standards) {
            for (ChecklistItem item : s.items()) {
                items.put(item.id(), Rate.NONE);
                standardOfItem.put(item.id(), s.id());
            }
        }
        for (Audit audit : audits) {
            for (AuditResult r : audit.results()) {
                if (r.outcome() == null) {
                    continue;
                }
                Rate one = Rate.of(r.outcome());
                if (items.containsKey(r.itemId())) {
                    items.merge(r.itemId(), one, Rate::plus);
                }
                counters.merge(audit.counter(), one, Rate::plus);
                total = total.plus(one);
            }
        }
    }

    public Rate total() {
        return total;
    }

    public Rate item(String itemId) {
        return items.getOrDefault(itemId, Rate.NONE);
    }

    public Rate standard(String standardId) {
        Rate sum = Rate.NONE;
        for (Map.Entry<String, String> e : standardOfItem.entrySet()) {
            if (e.getValue().equals(standardId)) {
                sum = sum.plus(items.get(e.getKey()));
            }
        }
        return sum;
    }

    /** All standards of the moment pooled. */
    public Rate moment(String momentId) {
        return standards.stream().filter(s -> s.momentId().equals(momentId)).map(s -> standard(s.id()))
                .reduce(Rate.NONE, Rate::plus);
    }

    /** Counter name to its rate, in the order first audited. */
    public Map<String, Rate> counters() {
        return java.util.Collections.unmodifiableMap(counters);
    }

    /** Item id to its rate, in the plan's order. */
    public Map<String, Rate> items() {
        return java.util.Collections.unmodifiableMap(items);
    }

    /**
     * Items that failed at least once, most failures first; equal failures: lower compliance first,
     * then the plan's order.
     */
    public List<String> failingMost() {
        List<String> failing = new ArrayList<>();
        items.forEach((id, rate) -> {
            if (rate.fail() > 0) {
                failing.add(id);
            }
        });
        failing.sort(Comparator.<String>comparingInt(id -> -items.get(id).fail())
                .thenComparingDouble(id -> items.get(id).percent()));
        return failing;
    }

    /** The per-item counts a review round keeps. */
    public List<ItemCompliance> snapshot() {
        List<ItemCompliance> out = new ArrayList<>();
        items.forEach((id, r) -> out.add(new ItemCompliance(id, r.pass(), r.fail(), r.notApplicable())));
        return out;
    }
}
