package com.motstudio.cli;

import com.motstudio.method.plan.PlanChecks;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** Step 3 in the readable summary: what each moment's plan holds, then the planning checks in the page's words. */
final class PlanSummary {
    private static final String INDENT = "  ";

    private PlanSummary() {}

    static void print(Texts texts, Workshop w, LocalDate today, PrintWriter out) {
        AnalysisNames names = new AnalysisNames(w);
        Plan plan = w.plan();
        out.println();
        out.println(texts.get("cli.analyze.plan"));
        if (w.keyMoments().moments().isEmpty()) {
            out.println(INDENT + texts.get("cli.analyze.nothing"));
        }
        for (MomentOfTruth m : w.keyMoments().moments()) {
            List<ServiceStandard> standards = plan.standards().stream().filter(s -> s.momentId().equals(m.id())).toList();
            long actions = plan.actions().stream().filter(a -> a.momentIds().contains(m.id())).count();
            long open = plan.actions().stream().filter(a -> a.momentIds().contains(m.id()) && PlanChecks.isOpen(a)).count();
            long kpis = plan.kpis().stream().filter(k -> k.momentIds().contains(m.id())).count();
            out.println(INDENT + texts.format("cli.analyze.plan.moment", names.touchpoint(m.touchpointId()), standards.size(),
                    standards.stream().mapToInt(s -> s.items().size()).sum(), actions, open, kpis));
        }
        out.println();
        List<PlanWarning> warnings = PlanChecks.check(w, today);
        out.println(texts.format("cli.analyze.plan.checks", warnings.size()));
        for (PlanWarning warning : warnings) {
            out.println(INDENT + texts.format("plan.warning." + warning.kind().name(), PlanJson.name(w, names, warning), warning.count()));
        }
    }
}
