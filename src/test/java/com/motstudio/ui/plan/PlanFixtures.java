package com.motstudio.ui.plan;

import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.time.LocalDate;
import java.util.List;

/** The government-hall template with five moments of truth confirmed, as step 2 leaves it. */
final class PlanFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final List<String> MOMENT_TOUCHPOINTS = List.of("tp-gov-reception", "tp-gov-queue", "tp-gov-check", "tp-gov-receipt",
            "tp-gov-complaint");

    private PlanFixtures() {}

    static Workshop governmentWithFiveMoments(Language language) {
        Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
        List<MomentOfTruth> moments = MOMENT_TOUCHPOINTS.stream().map(tp -> new MomentOfTruth("mo-" + tp.substring(7), tp,
                "chosen in step 2", TODAY.minusDays(1), "", "", "", "", "", "")).toList();
        return template.withKeyMoments(template.keyMoments().withMoments(moments));
    }
}
