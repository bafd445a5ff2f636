package com.motstudio.method.monitor;

import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.FollowUp;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.Monitoring;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Five working days, a holiday on Wed 9 Dec 2026: a review of Fri 4 Dec is due Fri 11 + 1 = Mon 14 Dec. */
class FollowUpsTest {
    private static final LocalDate DEC4 = LocalDate.of(2026, 12, 4);
    private static final LocalDate DEC14 = LocalDate.of(2026, 12, 14);

    private static Feedback review(FeedbackScale scale, int rating, FollowUp followUp) {
        return new Feedback("f" + rating, DEC4, null, "", "", scale, rating, "", "", followUp);
    }

    private static FollowUps with(Feedback... feedback) {
        return new FollowUps(new Monitoring(List.of(), List.of(), List.of(feedback), 5, List.of(),
                List.of(LocalDate.of(2026, 12, 9)), List.of()));
    }

    @Test
    void badReviewsAreTheLowestTwoFifthsOfEveryScale() {
        assertThat(FollowUps.isBad(review(FeedbackScale.GOOD_BAD_REVIEW, 2, null))).isTrue();
        assertThat(FollowUps.isBad(review(FeedbackScale.GOOD_BAD_REVIEW, 3, null))).isFalse();
        assertThat(FollowUps.isBad(review(FeedbackScale.ONE_TO_FIVE, 1, null))).isTrue();
        assertThat(FollowUps.isBad(review(FeedbackScale.ZERO_TO_TEN, 4, null))).isTrue();
        assertThat(FollowUps.isBad(review(FeedbackScale.ZERO_TO_TEN, 5, null))).isFalse();
    }

    @Test
    void theDeadlineSkipsTheWeekendAndTheHoliday() {
        Feedback f = review(FeedbackScale.GOOD_BAD_REVIEW, 1, null);
        assertThat(with(f).deadline(f)).isEqualTo(DEC14);
    }

    @Test
    void openPastTheDeadlineIsOverdueByWorkingDays() {
        Feedback f = review(FeedbackScale.GOOD_BAD_REVIEW, 1, null);
        FollowUps followUps = with(f);
        assertThat(followUps.isOverdue(f, DEC14)).isFalse();
        assertThat(followUps.isOverdue(f, DEC14.plusDays(1))).isTrue();
        // Tue 15, Wed 16, Thu 17, Fri 18 = 4 working days late by Sat 19
        assertThat(followUps.daysOverdue(f, LocalDate.of(2026, 12, 19))).isEqualTo(4);
        assertThat(followUps.overdue(DEC14.plusDays(1))).containsExactly(f);
    }

    @Test
    void aRectifiedFollowUpIsNotOverdueAfterItWasSettled() {
        Feedback f = review(FeedbackScale.GOOD_BAD_REVIEW, 2,
                new FollowUp(null, "Called back", 4, FollowUpStatus.RECTIFIED, LocalDate.of(2026, 12, 16)));
        FollowUps followUps = with(f);
        assertThat(followUps.isOverdue(f, LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(followUps.isOverdue(f, LocalDate.of(2026, 12, 20))).isFalse();
    }

    @Test
    void goodReviewsNeverFallDue() {
        Feedback f = review(FeedbackScale.GOOD_BAD_REVIEW, 5, null);
        assertThat(with(f).isOverdue(f, LocalDate.of(2027, 1, 1))).isFalse();
    }
}
