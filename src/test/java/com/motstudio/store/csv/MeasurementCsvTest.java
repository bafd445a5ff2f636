package com.motstudio.store.csv;

import com.motstudio.model.Direction;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** KPI measurements from CSV: good files in both languages, bad rows listed with where and why, files refused whole. */
class MeasurementCsvTest {
    private static final MeasurementCsv CSV = new MeasurementCsv();

    private static Workshop workshop(String... names) {
        List<Kpi> kpis = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            kpis.add(new Kpi("kp-" + i, names[i], "", Direction.HIGHER_IS_BETTER, null, null, null, "", List.of()));
        }
        return Workshop.blank("en", "Citizen").withPlan(new Plan(List.of(), List.of(), kpis));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theChineseExampleFileReadsWhole() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("docs/examples/measurements-zh-CN.csv"));
        String wait = new String(bytes, StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().split(",")[0];
        String once = new String(bytes, StandardCharsets.UTF_8).lines().skip(4).findFirst().orElseThrow().split(",")[0];
        String bad = new String(bytes, StandardCharsets.UTF_8).lines().skip(7).findFirst().orElseThrow().split(",")[0];
        MeasurementImport p = CSV.preview(bytes, workshop(wait, once, bad));
        assertThat(p.refused()).isFalse();
        assertThat(p.problems()).isEmpty();
        assertThat(p.measurements()).hasSize(9);
        assertThat(p.measurements().get(6)).extracting(Measurement::kpiId, Measurement::date, Measurement::value)
                .containsExactly("kp-2", LocalDate.of(2026, 9, 30), 3.2);
        assertThat(p.measurements().get(1).note()).isNotEmpty();
    }

    @Test
    void englishHeadersInAnyOrderAndKpisByIdOrName() {
        MeasurementImport p = CSV.preview(utf8("Value,KPI,Date,Note\n12.5,waiting time,2026-10-01,peak\n13,kp-0,2026-11-01,\n"),
                workshop("Waiting Time"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.measurements()).extracting(Measurement::kpiId).containsExactly("kp-0", "kp-0");
        assertThat(p.measurements()).extracting(Measurement::value).containsExactly(12.5, 13.0);
        assertThat(p.measurements().getFirst().note()).isEqualTo("peak");
    }

    @Test
    void badRowsAreSkippedAndListedWithTheirCell() {
        MeasurementImport p = CSV.preview(utf8("kpi,date,value\nWait,2026-10-01,12\nQueue,2026-10-01,3\nWait,1 Oct,4\n"
                + "Wait,2026-10-02,many\n,,\n"), workshop("Wait"));
        assertThat(p.refused()).isFalse();
        assertThat(p.measurements()).hasSize(1);
        assertThat(p.skippedRowCount()).isEqualTo(3);
        Texts en = new Texts(Language.ENGLISH);
        assertThat(p.problems()).extracting(x -> x.describe(en)).satisfiesExactly(
                a -> assertThat(a).contains("3").contains("kpi").contains("Queue"),
                b -> assertThat(b).contains("4").contains("date").contains("1 Oct"),
                c -> assertThat(c).contains("5").contains("value").contains("many"));
    }

    @Test
    void aFileWithoutAValueColumnIsRefusedWhole() {
        MeasurementImport p = CSV.preview(utf8("kpi,date,amount\nWait,2026-10-01,12\n"), workshop("Wait"));
        assertThat(p.refused()).isTrue();
        assertThat(p.measurements()).isEmpty();
        Texts zh = new Texts(Language.SIMPLIFIED_CHINESE);
        assertThat(p.problems()).extracting(x -> x.describe(zh)).anyMatch(t -> t.contains(zh.get("monitor.csv.name.value")));
        assertThat(p.problems()).extracting(x -> x.describe(zh)).anyMatch(t -> t.contains("amount"));
    }

    @Test
    void aHeaderWithoutRowsAddsNothing() {
        assertThat(CSV.preview(utf8("kpi,date,value\n"), workshop("Wait")).refused()).isTrue();
        assertThat(CSV.preview(new byte[0], workshop("Wait")).refused()).isTrue();
    }
}
