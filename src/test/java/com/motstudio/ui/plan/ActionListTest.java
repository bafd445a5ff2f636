package com.motstudio.ui.plan;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.MomentOfTruth;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the actions list groups and filters. */
class ActionListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<MomentOfTruth> MOMENTS = List.of(moment("mo-a"), moment("mo-b"));
    private static final List<ImprovementAction> ACTIONS = List.of(
            action("1", "Queue display", "Wang", "Hall", TODAY.minusDays(1), ActionStatus.PLANNED, "mo-b"),
            action("2", "Notice card", "li", "", TODAY, ActionStatus.DONE, "mo-a", "mo-b"),
            action("3", "Signs", "", "Hall", null, ActionStatus.PLANNED));

    @Test
    void byMomentInTheTeamsOrderWithAnActionUnderEachOfItsMomentsAndUnlinkedLast() {
        List<ActionList> rows = ActionList.rows(ACTIONS, MOMENTS, id -> "M " + id, ActionList.GroupBy.MOMENT, all(), TODAY);
        assertThat(rows).extracting(r -> r.isHeading() ? "# " + r.heading() : r.action().id())
                .containsExactly("# M mo-a", "2", "# M mo-b", "1", "2", "# ", "3");
    }

    @Test
    void byOwnerAlphabeticallyIgnoringCaseAndNoOwnerLast() {
        List<ActionList> rows = ActionList.rows(ACTIONS, MOMENTS, id -> id, ActionList.GroupBy.OWNER, all(), TODAY);
        assertThat(rows).extracting(r -> r.isHeading() ? "# " + r.heading() : r.action().id())
                .containsExactly("# li", "2", "# Wang", "1", "# ", "3");
    }

    @Test
    void filtersByStatusWordsAndOverdue() {
        assertThat(ActionList.rows(ACTIONS, MOMENTS, id -> id, ActionList.GroupBy.DEPARTMENT,
                new ActionList.Filter(ActionStatus.PLANNED, "hall", false), TODAY))
                .extracting(r -> r.isHeading() ? "# " + r.heading() : r.action().id()).containsExactly("# Hall", "1", "3");
        assertThat(ActionList.rows(ACTIONS, MOMENTS, id -> id, ActionList.GroupBy.DEPARTMENT,
                new ActionList.Filter(null, "", true), TODAY))
                .extracting(r -> r.isHeading() ? "# " + r.heading() : r.action().id()).containsExactly("# Hall", "1");
        assertThat(ActionList.rows(ACTIONS, MOMENTS, id -> id, ActionList.GroupBy.OWNER,
                new ActionList.Filter(null, "notice LI", false), TODAY)).hasSize(2);
    }

    private static ActionList.Filter all() {
        return new ActionList.Filter(null, "", false);
    }

    private static MomentOfTruth moment(String id) {
        return new MomentOfTruth(id, "tp-" + id, "", TODAY, "", "", "", "", "", "");
    }

    private static ImprovementAction action(String id, String title, String owner, String department, LocalDate due,
                                            ActionStatus status, String... moments) {
        return new ImprovementAction(id, title, ActionType.TRAINING, "", List.of(moments), List.of(), owner, department, null, due,
                null, null, "", status);
    }
}
