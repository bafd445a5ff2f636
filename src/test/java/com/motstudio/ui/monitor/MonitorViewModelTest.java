package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Monitor page's commands without the FX thread: each one undo step, defaults from the workshop. */
class MonitorViewModelTest {
    private final WorkshopDocument document = new WorkshopDocument(PlannedHall.create(Language.ENGLISH), null);
    private final MonitorViewModel vm = new MonitorViewModel(document, () -> LocalDate.of(2026, 10, 1));

    @Test
    void aBadReviewGetsAFollowUpDueInTheWorkshopsWorkingDays() {
        // National Day week off (1-7 Oct), Sat 10 Oct worked: from Wed 30 Sep, Thu 8 (1), Fri 9 (2), Sat 10 (3), Mon 12 (4)
        vm.setCalendar(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)), List.of(LocalDate.of(2026, 10, 10)));
        vm.setFollowUpWorkingDays(4);
        vm.addFeedback(new Feedback("f1", LocalDate.of(2026, 9, 30), FeedbackChannel.ONLINE, "", "mo-check",
                FeedbackScale.GOOD_BAD_REVIEW, 2, "Sent home twice", "Li", null));
        vm.addFeedback(new Feedback("f2", LocalDate.of(2026, 9, 30), FeedbackChannel.ONLINE, "", "mo-check",
                FeedbackScale.GOOD_BAD_REVIEW, 4, "", "", null));
        List<Feedback> feedback = document.current().monitoring().feedback();
        assertThat(feedback.get(0).followUp().deadline()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(feedback.get(0).followUp().status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(feedback.get(1).followUp()).isNull();
        document.undo();
        document.undo();
        assertThat(document.current().monitoring().feedback()).isEmpty();
        assertThat(document.current().monitoring().followUpWorkingDays()).isEqualTo(4);
    }

    @Test
    void anAuditCoversTheStandardsOfItsMomentsAndKeepsNotesWithResults() {
        vm.startAudit(LocalDate.of(2026, 9, 20), "Chen", "Hall", "2", List.of("mo-queue"));
        assertThat(vm.lines(vm.currentAudit().orElseThrow())).extracting(l -> l.item().id())
                .containsExactly("ci-display", "ci-order", "ci-patrol");
        vm.setNote("ci-order", "no result yet: no note");
        vm.setOutcome("ci-order", AuditOutcome.FAIL);
        vm.setNote("ci-order", "Skipped 3 numbers");
        vm.setOutcome("ci-order", AuditOutcome.PASS);
        var result = vm.currentAudit().orElseThrow().results().getFirst();
        assertThat(result.outcome()).isEqualTo(AuditOutcome.PASS);
        assertThat(result.note()).isEqualTo("Skipped 3 numbers");
        vm.removeAudit(vm.currentAudit().orElseThrow().id());
        assertThat(vm.currentAudit()).isEmpty();
    }

    @Test
    void reScoringStartsFromTheLastRound() {
        assertThat(vm.startingScores()).isEmpty(); // nothing rated in step 2
        vm.closeRound("R1", LocalDate.of(2026, 9, 30), "", List.of(new ScoreSnapshot("tp-gov-queue", 48)));
        assertThat(vm.startingScores()).containsExactly(new ScoreSnapshot("tp-gov-queue", 48));
        assertThat(document.undoLabel()).contains("monitor.change.closeRound");
    }
}
