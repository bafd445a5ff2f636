package com.motstudio.method.monitor;

import com.motstudio.method.monitor.RoundComparison.Kind;
import com.motstudio.method.monitor.RoundComparison.Row;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;
import com.motstudio.model.Plan;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 1 closes 31 Jan, round 2 on 28 Feb. January: wait 30 then 28 min, an audit with a pass and
 * a fail, two reviews (one bad, never followed up). February: wait 22 min, an audit with two passes,
 * one fair review (4). By hand: round 1 — wait 28, compliance 50 %, 2 feedback, 1 bad, and the bad
 * review of Tue 20 Jan was due 5 working days later (Tue 27 Jan), so 1 overdue on 31 Jan; round 2 —
 * wait 22, 100 %, 1 feedback, 0 bad, the January review still open → 1 overdue.
 */
class RoundsTest {
    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Workshop workshop() {
        Plan plan = new Plan(List.of(new ServiceStandard("s1", "m1", "Told at once", List.of(
                new ChecklistItem("a", "Hands over the list", "", null), new ChecklistItem("b", "Says the time limit", "", null)))),
                List.of(), List.of(new Kpi("wait", "Wait", "min", Direction.LOWER_IS_BETTER, 30.0, 15.0, d(6, 30), "", List.of())));
        Monitoring m = new Monitoring(
                List.of(new Measurement("x1", "wait", d(1, 5), 30, ""), new Measurement("x2", "wait", d(1, 25), 28, ""),
                        new Measurement("x3", "wait", d(2, 20), 22, "")),
                List.of(new Audit("au1", d(1, 15), "Li", "Hall", "3", List.of(new AuditResult("a", AuditOutcome.PASS, ""),
                                new AuditResult("b", AuditOutcome.FAIL, ""))),
                        new Audit("au2", d(2, 15), "Li", "Hall", "3", List.of(new AuditResult("a", AuditOutcome.PASS, ""),
                                new AuditResult("b", AuditOutcome.PASS, "")))),
                List.of(review("f1", d(1, 20), 1), review("f2", d(1, 21), 5), review("f3", d(2, 10), 4)),
                5, List.of());
        return new Workshop(null, null, null, null, null, plan, m);
    }

    private static Feedback review(String id, LocalDate day, int rating) {
        return new Feedback(id, day, null, "", "m1", FeedbackScale.GOOD_BAD_REVIEW, rating, "", "", null);
    }

    private static Workshop withRound(Workshop w, ReviewRound r) {
        List<ReviewRound> rounds = new ArrayList<>(w.monitoring().rounds());
        rounds.add(r);
        return w.withMonitoring(w.monitoring().withRounds(rounds));
    }

    @Test
    void closingARoundRecordsWhatIsDatedInsideIt() {
        Workshop w = workshop();
        ReviewRound one = RoundClose.close(w, "R1", d(1, 31), "", List.of(new ScoreSnapshot("tp", 60)));
        assertThat(one.kpis()).singleElement().satisfies(k -> assertThat(k.value()).isEqualTo(28.0));
        assertThat(one.compliancePercent()).isEqualTo(50.0);
        assertThat(one.feedbackCount()).isEqualTo(2);
        assertThat(one.badReviewCount()).isEqualTo(1);
        assertThat(one.overdueFollowUps()).isEqualTo(1);
        assertThat(one.items()).extracting(i -> i.itemId() + i.pass() + i.fail()).containsExactly("a10", "b01");
        ReviewRound two = RoundClose.close(withRound(w, one), "R2", d(2, 28), "", List.of(new ScoreSnapshot("tp", 72.5)));
        assertThat(two.compliancePercent()).isEqualTo(100.0);
        assertThat(two.feedbackCount()).isEqualTo(1);
        assertThat(two.badReviewCount()).isZero();
        assertThat(two.overdueFollowUps()).isEqualTo(1);
        assertThat(two.kpis().getFirst().value()).isEqualTo(22.0);
    }

    @Test
    void comparingTwoRoundsSaysWhatImprovedAndWhatGotWorse() {
        Workshop w = workshop();
        ReviewRound one = RoundClose.close(w, "R1", d(1, 31), "", List.of(new ScoreSnapshot("tp", 60)));
        w = withRound(w, one);
        ReviewRound two = RoundClose.close(w, "R2", d(2, 28), "", List.of(new ScoreSnapshot("tp", 60.01)));
        List<Row> rows = RoundComparison.of(w, one, two);
        assertThat(find(rows, Kind.SCORE, "tp").verdict()).isEqualTo(Verdict.SAME);
        assertThat(find(rows, Kind.KPI, "wait").verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(find(rows, Kind.KPI, "wait").change()).isEqualTo(-6.0);
        assertThat(find(rows, Kind.COMPLIANCE, "").verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(find(rows, Kind.STANDARD, "s1").after()).isEqualTo(100.0);
        assertThat(find(rows, Kind.MOMENT, "m1").before()).isEqualTo(50.0);
        assertThat(find(rows, Kind.ITEM, "b").before()).isEqualTo(0.0);
        assertThat(find(rows, Kind.ITEM, "a").verdict()).isEqualTo(Verdict.SAME);
        assertThat(find(rows, Kind.FEEDBACK, "").verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(find(rows, Kind.BAD_REVIEWS, "").verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(find(rows, Kind.OVERDUE, "").verdict()).isEqualTo(Verdict.SAME);
        // the other way round, everything that improved got worse
        assertThat(find(RoundComparison.of(w, two, one), Kind.KPI, "wait").verdict()).isEqualTo(Verdict.WORSE);
    }

    @Test
    void periodsRunFromOneClosingToTheNext() {
        Workshop w = workshop();
        ReviewRound one = RoundClose.close(w, "R1", d(1, 31), "", List.of());
        RoundPeriods periods = new RoundPeriods(List.of(one));
        assertThat(periods.of(one).contains(d(1, 31))).isTrue();
        assertThat(periods.of(one).contains(d(2, 1))).isFalse();
        assertThat(periods.open().contains(d(2, 1))).isTrue();
        assertThat(periods.open().contains(null)).isTrue();
        assertThat(periods.within(periods.open(), w.monitoring().audits(), Audit::date)).extracting(Audit::id).containsExactly("au2");
    }

    private static Row find(List<Row> rows, Kind kind, String id) {
        return rows.stream().filter(r -> r.kind() == kind && r.subjectId().equals(id)).findFirst().orElseThrow();
    }
}
