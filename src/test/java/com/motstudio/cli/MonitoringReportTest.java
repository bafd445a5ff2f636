package com.motstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.motstudio.method.monitor.RoundClose;
import com.motstudio.model.*;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze --json} reports step 4. Two rounds (January, February 2026) of one standard with
 * items a and b at counter 3: January a pass, b fail (50 %); February both pass (100 %). Waiting time
 * 28 → 22 min (target 15, lower is better). A bad review of Tue 20 Jan never followed up: due Tue
 * 27 Jan (5 working days), so on Mon 2 Mar it is 24 working days late (28 Jan – 2 Mar, weekdays).
 * One action done, one due 1 Feb still planned (overdue).
 */
class MonitoringReportTest {
    @TempDir
    Path folder;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Workshop workshop() {
        Plan plan = new Plan(List.of(new ServiceStandard("s1", "mo-1", "Told at once", List.of(
                new ChecklistItem("a", "Hands over the list", "", null), new ChecklistItem("b", "Says the time limit", "", null)))),
                List.of(new ImprovementAction("ac1", "List", null, "", List.of(), List.of(), "", "Front", null, d(1, 15), null, null, "",
                                ActionStatus.DONE),
                        new ImprovementAction("ac2", "Screen", null, "", List.of(), List.of(), "", "IT", null, d(2, 1), null, null, "",
                                ActionStatus.PLANNED)),
                List.of(new Kpi("wait", "Wait", "min", Direction.LOWER_IS_BETTER, 30.0, 15.0, d(6, 30), "", List.of())));
        Monitoring m = new Monitoring(
                List.of(new Measurement("x1", "wait", d(1, 25), 28, ""), new Measurement("x2", "wait", d(2, 20), 22, "")),
                List.of(new Audit("au1", d(1, 15), "Li", "Hall", "3", List.of(new AuditResult("a", AuditOutcome.PASS, ""),
                                new AuditResult("b", AuditOutcome.FAIL, ""))),
                        new Audit("au2", d(2, 15), "Li", "Hall", "3", List.of(new AuditResult("a", AuditOutcome.PASS, ""),
                                new AuditResult("b", AuditOutcome.PASS, "")))),
                List.of(new Feedback("f1", d(1, 20), FeedbackChannel.ONLINE, "", "", FeedbackScale.GOOD_BAD_REVIEW, 1, "", "", null)),
                5, List.of());
        Workshop hall = ((com.motstudio.store.LoadResult.Loaded) new com.motstudio.store.Templates(new WorkshopStore())
                .load("government", Language.ENGLISH)).workshop();
        hall = hall.withKeyMoments(hall.keyMoments().withMoments(List.of(
                new MomentOfTruth("mo-1", "tp-gov-check", "", null, "", "", "", "", "", ""))));
        Workshop w = hall.withPlan(plan).withMonitoring(m);
        List<ReviewRound> rounds = new ArrayList<>();
        rounds.add(RoundClose.close(w, "R1", d(1, 31), "", List.of()));
        w = w.withMonitoring(m.withRounds(rounds));
        rounds.add(RoundClose.close(w, "R2", d(2, 28), "", List.of()));
        return w.withMonitoring(m.withRounds(rounds));
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineMain.run(args, new Texts(Language.ENGLISH), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void theJsonReportsEveryFigureOfStepFour() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        new WorkshopStore().save(workshop(), file, null);
        JsonNode m = new ObjectMapper().readTree(run("analyze", file.toString(), "--json", "--as-of", "2026-03-02")).get("monitoring");
        assertThat(m.get("asOf").asText()).isEqualTo("2026-03-02");
        JsonNode kpi = m.get("kpis").get(0);
        assertThat(kpi.get("latest").asDouble()).isEqualTo(22.0);
        assertThat(kpi.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(m.get("compliance")).hasSize(2);
        assertThat(m.get("compliance").get(0).get("total").get("percent").asDouble()).isEqualTo(50.0);
        assertThat(m.get("compliance").get(0).get("counters").get(0).get("counter").asText()).isEqualTo("3");
        assertThat(m.get("compliance").get(0).get("failingMost").get(0).get("itemId").asText()).isEqualTo("b");
        assertThat(m.get("compliance").get(1).get("standards").get(0).get("percent").asDouble()).isEqualTo(100.0);
        JsonNode overdue = m.get("followUps").get("overdue");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("deadline").asText()).isEqualTo("2026-01-27");
        assertThat(overdue.get(0).get("workingDaysLate").asInt()).isEqualTo(24);
        assertThat(m.get("actions").get("percentDone").asDouble()).isEqualTo(50.0);
        assertThat(m.get("actions").get("overdue").asInt()).isEqualTo(1);
        JsonNode comparison = m.get("comparison");
        assertThat(comparison.get("before").asText()).isEqualTo("R1");
        JsonNode compliance = null;
        for (JsonNode row : comparison.get("rows")) {
            if (row.get("kind").asText().equals("COMPLIANCE")) {
                compliance = row;
            }
        }
        assertThat(compliance.get("verdict").asText()).isEqualTo("IMPROVED");
        assertThat(compliance.get("change").asDouble()).isEqualTo(50.0);
    }

    @Test
    void theSummaryHasAMonitoringSection() throws Exception {
        Path file = folder.resolve("hall.mot.json");
        new WorkshopStore().save(workshop(), file, null);
        String text = run("analyze", file.toString(), "--as-of", "2026-03-02");
        assertThat(text).contains("Monitoring, as of 2026-03-02").contains("Wait: latest 22, target 15 – On track")
                .contains("R1: 1 audit, 50.0 %").contains("24 working days late").contains("R1 → R2");
    }

    @Test
    void aDateThatIsNoDateIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = CommandLineMain.run(new String[] {"analyze", AnalyzeCommandTest.EXAMPLE.toString(), "--as-of", "March"},
                new Texts(Language.ENGLISH), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("\"March\" is not a date");
    }
}
