package com.motstudio.store.csv;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.motstudio.model.Kpi;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.RoundTrips;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each CSV importer on any bytes, into the government-hall template (with the KPIs the example
 * measurements name): a file is refused with the importer's own problems, or what it imports saves
 * and opens again to an equal workshop. Runs the committed inputs in every build; {@code JAZZER_FUZZ=1}
 * fuzzes one method at a time (docs/fuzzing.md).
 */
class CsvImportFuzzTest {
    private static final WorkshopStore STORE = new WorkshopStore();
    private static final Workshop HALL = hall();

    private static Workshop hall() {
        Workshop template = ((LoadResult.Loaded) new Templates(STORE).load("government", Language.SIMPLIFIED_CHINESE)).workshop();
        List<Kpi> kpis = new ArrayList<>(template.plan().kpis());
        for (String name : List.of("平均等候时间", "差评率", "一次办结率")) {
            kpis.add(new Kpi("kp-fuzz-" + kpis.size(), name, "", null, null, null, null, "", List.of()));
        }
        Plan plan = template.plan();
        return template.withPlan(new Plan(plan.standards(), plan.actions(), kpis));
    }

    private static final TouchpointCsv TOUCHPOINTS = new TouchpointCsv();
    private static final RatingCsv RATINGS = new RatingCsv();
    private static final KanoCsv KANO = new KanoCsv();
    private static final ServqualCsv SERVQUAL = new ServqualCsv();
    private static final IpaCsv IPA = new IpaCsv();
    private static final MeasurementCsv MEASUREMENTS = new MeasurementCsv();

    @FuzzTest(maxDuration = "5m")
    void touchpoints(byte[] bytes) {
        check(TOUCHPOINTS.preview(bytes, HALL), TouchpointImport::refused, TouchpointImport::problems, TouchpointImport::applyTo);
    }

    @FuzzTest(maxDuration = "5m")
    void ratings(byte[] bytes) {
        check(RATINGS.preview(bytes, HALL), RatingImport::refused, RatingImport::problems, RatingImport::applyTo);
    }

    @FuzzTest(maxDuration = "5m")
    void kano(byte[] bytes) {
        check(KANO.preview(bytes, HALL), KanoImport::refused, KanoImport::problems, KanoImport::applyTo);
    }

    @FuzzTest(maxDuration = "5m")
    void servqual(byte[] bytes) {
        check(SERVQUAL.preview(bytes, HALL), ServqualImport::refused, ServqualImport::problems, ServqualImport::applyTo);
    }

    @FuzzTest(maxDuration = "5m")
    void ipa(byte[] bytes) {
        check(IPA.preview(bytes, HALL), IpaImport::refused, IpaImport::problems, IpaImport::applyTo);
    }

    @FuzzTest(maxDuration = "5m")
    void measurements(byte[] bytes) {
        check(MEASUREMENTS.preview(bytes, HALL), MeasurementImport::refused, MeasurementImport::problems, MeasurementImport::applyTo);
    }

    private static <T> void check(T preview, Predicate<T> refused, Function<T, List<CsvProblem>> problems,
                                  BiFunction<T, Workshop, Workshop> apply) {
        if (refused.test(preview)) {
            assertThat(problems.apply(preview)).as("a refused file says why").isNotEmpty();
            return;
        }
        RoundTrips.assertSavesAndOpensEqual(STORE, apply.apply(preview, HALL), null);
    }
}
