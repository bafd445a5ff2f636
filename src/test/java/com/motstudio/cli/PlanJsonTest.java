package com.motstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan part of {@code analyze --json}: counts per moment and the warnings, with names. */
class PlanJsonTest {
    @Test
    void countsPerMomentAndWarningsWithNames() {
        Workshop example = ((LoadResult.Loaded) new WorkshopStore().open(AnalyzeCommandTest.EXAMPLE)).workshop();
        MomentOfTruth moment = example.keyMoments().moments().getFirst();
        ServiceStandard standard = new ServiceStandard("ss-1", moment.id(), "Tell everything at once", List.of(
                new ChecklistItem("ci-1", "All materials told", "One written list", CheckMethod.RECORD),
                new ChecklistItem("ci-2", "Missing items in writing", "Signed notice", CheckMethod.RECORD)));
        ImprovementAction late = new ImprovementAction("ac-1", "Checklist cards", ActionType.STANDARDIZATION, "", List.of(moment.id()),
                List.of("kpi-1"), "Wang", "Front office", null, LocalDate.of(2026, 3, 31), 2, 4, "", ActionStatus.IN_PROGRESS);
        ImprovementAction done = new ImprovementAction("ac-2", "Training", ActionType.TRAINING, "", List.of(moment.id()),
                List.of(), "", "", null, null, 1, 3, "", ActionStatus.DONE);
        Kpi kpi = new Kpi("kpi-1", "First-time-right rate", "%", Direction.HIGHER_IS_BETTER, 82.0, null, null, "records",
                List.of(moment.id()));
        Workshop w = example.withPlan(new Plan(List.of(standard), List.of(late, done), List.of(kpi)));

        JsonNode plan = AnalysisJson.tree(w, KeyMomentAnalysis.of(w, IpaCrossHairs.dataMeans()), LocalDate.of(2026, 4, 1)).get("plan");

        assertThat(plan.get("actions").asInt()).isEqualTo(2);
        JsonNode m = plan.get("moments").get(0);
        assertThat(m.get("momentId").asText()).isEqualTo(moment.id());
        assertThat(m.get("standards").asInt()).isEqualTo(1);
        assertThat(m.get("checklistItems").asInt()).isEqualTo(2);
        assertThat(m.get("actions").asInt()).isEqualTo(2);
        assertThat(m.get("openActions").asInt()).isEqualTo(1);
        assertThat(m.get("kpis").asInt()).isEqualTo(1);
        // the done action needs no owner or date; the open one was due the day before
        assertThat(plan.get("warnings")).hasSize(2);
        assertThat(plan.get("warnings").get(0).get("kind").asText()).isEqualTo("ACTION_OVERDUE");
        assertThat(plan.get("warnings").get(0).get("name").asText()).isEqualTo("Checklist cards");
        assertThat(plan.get("warnings").get(1).get("kind").asText()).isEqualTo("KPI_WITHOUT_TARGET");
        assertThat(plan.get("warnings").get(1).get("subject").asText()).isEqualTo("kpi-1");
        // on the due date itself it is not late yet
        JsonNode onTime = AnalysisJson.tree(w, KeyMomentAnalysis.of(w, IpaCrossHairs.dataMeans()), LocalDate.of(2026, 3, 31)).get("plan");
        assertThat(onTime.get("warnings")).hasSize(1);
    }
}
