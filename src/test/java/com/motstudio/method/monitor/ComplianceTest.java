package com.motstudio.method.monitor;

import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ServiceStandard;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.motstudio.model.AuditOutcome.FAIL;
import static com.motstudio.model.AuditOutcome.NOT_APPLICABLE;
import static com.motstudio.model.AuditOutcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two standards: s1 (moment m1) with items a, b; s2 (moment m2) with item c. Two audits:
 * counter 1: a pass, b fail, c n/a; counter 2: a fail, b fail, c pass.
 * By hand: a 1/2 = 50 %, b 0/2 = 0 %, c 1/1 = 100 %; s1 1/4 = 25 %; s2 100 %; m1 = s1;
 * counter 1: 1/2 = 50 %, counter 2: 1/3 = 33.3 %; total 2/5 = 40 %; failing most: b (2), a (1).
 */
class ComplianceTest {
    private static final List<ServiceStandard> STANDARDS = List.of(
            new ServiceStandard("s1", "m1", "First asked", List.of(item("a"), item("b"))),
            new ServiceStandard("s2", "m2", "Told at once", List.of(item("c"))));

    private static ChecklistItem item(String id) {
        return new ChecklistItem(id, id, "", null);
    }

    private static Audit audit(String counter, AuditOutcome a, AuditOutcome b, AuditOutcome c) {
        return new Audit("au-" + counter, LocalDate.of(2026, 3, 1), "Li", "Hall", counter, List.of(
                new AuditResult("a", a, ""), new AuditResult("b", b, ""), new AuditResult("c", c, "")));
    }

    private final Compliance compliance = new Compliance(STANDARDS, List.of(
            audit("1", PASS, FAIL, NOT_APPLICABLE), audit("2", FAIL, FAIL, PASS)));

    @Test
    void perItem() {
        assertThat(compliance.item("a").percent()).isEqualTo(50.0);
        assertThat(compliance.item("b").percent()).isEqualTo(0.0);
        assertThat(compliance.item("c")).isEqualTo(new Rate(1, 0, 1));
        assertThat(compliance.item("c").percent()).isEqualTo(100.0);
    }

    @Test
    void perStandardAndMomentPoolTheirItems() {
        assertThat(compliance.standard("s1").percent()).isEqualTo(25.0);
        assertThat(compliance.standard("s2").percent()).isEqualTo(100.0);
        assertThat(compliance.moment("m1").percent()).isEqualTo(25.0);
        assertThat(compliance.moment("m3").percent()).isNull();
    }

    @Test
    void perCounterLeavesOutWhatDidNotApply() {
        assertThat(compliance.counters()).containsOnlyKeys("1", "2");
        assertThat(compliance.counters().get("1").percent()).isEqualTo(50.0);
        assertThat(compliance.counters().get("2").percent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(compliance.total().percent()).isEqualTo(40.0);
    }

    @Test
    void theItemsFailingMostComeFirst() {
        assertThat(compliance.failingMost()).containsExactly("b", "a");
    }

    @Test
    void noAuditsMeansNoCompliance() {
        Compliance none = new Compliance(STANDARDS, List.of());
        assertThat(none.total().percent()).isNull();
        assertThat(none.failingMost()).isEmpty();
        assertThat(none.snapshot()).hasSize(3).allMatch(i -> i.pass() == 0 && i.fail() == 0);
    }
}
