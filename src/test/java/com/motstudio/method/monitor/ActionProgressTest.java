package com.motstudio.method.monitor;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four actions: done (m1, Front desk), in progress due yesterday (m1 and m2, Front desk),
 * dropped (m2, IT), blocked not due yet (m2, IT). By hand: done 1 of 3 not dropped = 33.3 %,
 * 1 overdue; m1: 1 of 2 = 50 %; m2: 0 of 2; IT: 0 of 1, Front desk 1 of 2.
 */
class ActionProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static ImprovementAction action(String id, ActionStatus status, LocalDate due, String dept, String... moments) {
        return new ImprovementAction(id, id, null, "", List.of(moments), List.of(), "", dept, null, due, null, null, "", status);
    }

    private static final List<ImprovementAction> ACTIONS = List.of(
            action("a", ActionStatus.DONE, TODAY.minusDays(10), "Front desk", "m1"),
            action("b", ActionStatus.IN_PROGRESS, TODAY.minusDays(1), "Front desk", "m1", "m2"),
            action("c", ActionStatus.DROPPED, TODAY.minusDays(5), "IT", "m2"),
            action("d", ActionStatus.BLOCKED, TODAY, "IT", "m2"));

    @Test
    void overallProgressLeavesOutDroppedActions() {
        ActionProgress p = ActionProgress.of(ACTIONS, TODAY);
        assertThat(p.total()).isEqualTo(4);
        assertThat(p.percentDone()).isEqualTo(100.0 / 3);
        assertThat(p.overdue()).isEqualTo(1);
        assertThat(p.count(ActionStatus.PLANNED)).isZero();
    }

    @Test
    void perMomentAndPerDepartment() {
        var byMoment = ActionProgress.byMoment(ACTIONS, List.of("m1", "m2", "m3"), TODAY);
        assertThat(byMoment.get("m1").percentDone()).isEqualTo(50.0);
        assertThat(byMoment.get("m2").percentDone()).isEqualTo(0.0);
        assertThat(byMoment.get("m3").percentDone()).isNull();
        var byDept = ActionProgress.byDepartment(ACTIONS, TODAY);
        assertThat(byDept.keySet()).containsExactly("Front desk", "IT");
        assertThat(byDept.get("IT").percentDone()).isEqualTo(0.0);
        assertThat(byDept.get("Front desk").overdue()).isEqualTo(1);
    }
}
