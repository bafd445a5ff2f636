package com.motstudio.method.plan;

import com.motstudio.method.plan.PlanWarning.Kind;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planning checks on small plans worked out by hand. */
class PlanChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void aCompletePlanHasNoWarnings() {
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 3)),
                List.of(action("a1", "Li", TODAY, ActionStatus.PLANNED, "mo-1", "mo-2")),
                List.of(kpi("k1", 12.0, 8.0)));
        assertThat(PlanChecks.check(w, CLOCK)).isEmpty();
    }

    @Test
    void aMomentNeedsAStandardWithItemsAndAnActionThatIsNotDropped() {
        // mo-1: standard without items, only a dropped action -> both warnings; mo-2: nothing -> both
        Workshop w = workshop(List.of(standard("mo-1", 0)), List.of(action("a1", "Li", TODAY, ActionStatus.DROPPED, "mo-1")),
                List.of());
        assertThat(PlanChecks.check(w, CLOCK)).containsExactly(
                PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-1"), PlanWarning.of(Kind.MOMENT_WITHOUT_ACTION, "mo-1"),
                PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-2"), PlanWarning.of(Kind.MOMENT_WITHOUT_ACTION, "mo-2"));
    }

    @Test
    void openActionsNeedOwnerAndDueDateAndAreOverdueBeforeToday() {
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 2)), List.of(
                action("a1", "", null, ActionStatus.PLANNED, "mo-1"),
                action("a2", "Li", TODAY.minusDays(1), ActionStatus.IN_PROGRESS, "mo-2"),
                action("a3", "Li", TODAY, ActionStatus.BLOCKED, "mo-2"),
                action("a4", "", TODAY.minusDays(30), ActionStatus.DONE, "mo-2")), List.of());
        // a1 has neither; a2 was due yesterday; a3 is due today (not yet late); a4 is done
        assertThat(PlanChecks.check(w, TODAY)).containsExactly(
                PlanWarning.of(Kind.ACTION_WITHOUT_OWNER, "a1"), PlanWarning.of(Kind.ACTION_WITHOUT_DUE_DATE, "a1"),
                PlanWarning.of(Kind.ACTION_OVERDUE, "a2"));
    }

    @Test
    void aDepartmentAloneIsAnOwner() {
        ImprovementAction byDepartment = new ImprovementAction("a1", "t", ActionType.TRAINING, "", List.of("mo-1", "mo-2"),
                List.of(), "", "Front office", null, TODAY, null, null, "", ActionStatus.PLANNED);
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 1)), List.of(byDepartment), List.of());
        assertThat(PlanChecks.check(w, TODAY)).isEmpty();
    }

    @Test
    void kpisNeedBaselineAndTarget() {
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 1)),
                List.of(action("a1", "Li", TODAY, ActionStatus.PLANNED, "mo-1", "mo-2")),
                List.of(kpi("k1", null, 8.0), kpi("k2", 3.0, null), kpi("k3", null, null)));
        assertThat(PlanChecks.check(w, TODAY)).containsExactly(
                PlanWarning.of(Kind.KPI_WITHOUT_BASELINE, "k1"), PlanWarning.of(Kind.KPI_WITHOUT_TARGET, "k2"),
                PlanWarning.of(Kind.KPI_WITHOUT_BASELINE, "k3"), PlanWarning.of(Kind.KPI_WITHOUT_TARGET, "k3"));
    }

    @Test
    void anOwnerWithTwiceTheOthersMeanAndAtLeastThreeIsOverloaded() {
        // Wang 6, Li 2, Zhao 1 open (+1 done for Li, not counted):
        // Wang: others' mean (2+1)/2 = 1.5, 6 >= 3 -> overloaded; Li: (6+1)/2 = 3.5, 2 < 7 -> not
        List<ImprovementAction> actions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            actions.add(action("w" + i, "Wang", TODAY, ActionStatus.PLANNED, "mo-1", "mo-2"));
        }
        actions.add(action("l1", "Li", TODAY, ActionStatus.PLANNED, "mo-1"));
        actions.add(action("l2", " Li ", TODAY, ActionStatus.IN_PROGRESS, "mo-1"));
        actions.add(action("l3", "Li", TODAY, ActionStatus.DONE, "mo-1"));
        actions.add(action("z1", "Zhao", TODAY, ActionStatus.PLANNED, "mo-1"));
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 1)), actions, List.of());
        assertThat(PlanChecks.openActionsByOwner(actions)).containsExactly(
                java.util.Map.entry("Wang", 6), java.util.Map.entry("Li", 2), java.util.Map.entry("Zhao", 1));
        assertThat(PlanChecks.check(w, TODAY)).containsExactly(new PlanWarning(Kind.OWNER_OVERLOADED, "Wang", 6));
    }

    @Test
    void threeAgainstOneAndAHalfIsTheEdge() {
        // A 3, B 2, C 1: others' mean for A = 1.5, 3 >= 2 x 1.5 -> overloaded; B: mean 2, 2 < 4
        List<ImprovementAction> actions = new ArrayList<>();
        for (String owner : List.of("A", "A", "A", "B", "B", "C")) {
            actions.add(action(owner + actions.size(), owner, TODAY, ActionStatus.PLANNED, "mo-1", "mo-2"));
        }
        Workshop w = workshop(List.of(standard("mo-1", 1), standard("mo-2", 1)), actions, List.of());
        assertThat(PlanChecks.check(w, TODAY)).containsExactly(new PlanWarning(Kind.OWNER_OVERLOADED, "A", 3));
        // one owner alone is never overloaded
        Workshop alone = workshop(List.of(standard("mo-1", 1), standard("mo-2", 1)), actions.subList(0, 3), List.of());
        assertThat(PlanChecks.check(alone, TODAY)).isEmpty();
    }

    @Test
    void quadrantsSplitImpactAtThreeAndEffortAtFour() {
        assertThat(Quadrant.of(1, 5)).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(Quadrant.of(3, 3)).isEqualTo(Quadrant.QUICK_WIN);
        assertThat(Quadrant.of(4, 3)).isEqualTo(Quadrant.MAJOR_PROJECT);
        assertThat(Quadrant.of(3, 2)).isEqualTo(Quadrant.FILL_IN);
        assertThat(Quadrant.of(5, 1)).isEqualTo(Quadrant.THANKLESS);
    }

    private static Workshop workshop(List<ServiceStandard> standards, List<ImprovementAction> actions, List<Kpi> kpis) {
        List<MomentOfTruth> moments = List.of(moment("mo-1"), moment("mo-2"));
        return Workshop.blank("en", "Citizen").withKeyMoments(KeyMoments.empty().withMoments(moments))
                .withPlan(new Plan(standards, actions, kpis));
    }

    private static MomentOfTruth moment(String id) {
        return new MomentOfTruth(id, "tp-" + id, "", TODAY, "", "", "", "", "", "");
    }

    private static ServiceStandard standard(String momentId, int items) {
        List<ChecklistItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(new ChecklistItem("ci-" + momentId + i, "Greet", "Within 10 s", CheckMethod.OBSERVATION));
        }
        return new ServiceStandard("ss-" + momentId, momentId, "Greeting", list);
    }

    static ImprovementAction action(String id, String owner, LocalDate due, ActionStatus status, String... moments) {
        return new ImprovementAction(id, "Action " + id, ActionType.TRAINING, "", List.of(moments), List.of(), owner, "",
                null, due, 2, 4, "", status);
    }

    private static Kpi kpi(String id, Double baseline, Double target) {
        return new Kpi(id, "Waiting time", "min", Direction.LOWER_IS_BETTER, baseline, target, null, "queue system", List.of("mo-1"));
    }
}
