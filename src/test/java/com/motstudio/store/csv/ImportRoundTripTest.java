package com.motstudio.store.csv;

import com.motstudio.model.Direction;
import com.motstudio.model.Kpi;
import com.motstudio.model.Measurement;
import com.motstudio.model.Plan;
import com.motstudio.model.RatingCount;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.motstudio.store.csv.SurveyFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whatever each of the six imports accepts is saved and opens again to an equal workshop — with the
 * extreme values each accepts — and what a file could not hold is refused with its row and column.
 */
class ImportRoundTripTest {
    /** Text a spreadsheet may hold: control characters, a line separator, an emoji, quotes and backslashes. */
    private static final String ODD = "a\u0001b\u2028c 😀 \\ \"quoted\" \t tab";
    private static final String ODD_CELL = "\"" + ODD.replace("\"", "\"\"") + "\"";

    @TempDir
    Path folder;

    private static Workshop withKpi(String name) {
        Kpi kpi = new Kpi("kp-0", name, "", Direction.HIGHER_IS_BETTER, null, null, null, "", List.of());
        return Workshop.blank("en", "Citizen").withPlan(new Plan(List.of(), List.of(), List.of(kpi)));
    }

    @Test
    void aMeasurementDatedInTheYear10000IsRefusedWithItsRowAndColumnAndTheRestRoundTrips() throws Exception {
        String file = "KPI,Date,Value,Note\n"
                + "wait,10000-1-4,5,\n"
                + "wait,1899-12-31,5,\n"
                + "wait,24-1-4,5,\n"
                + "wait,1900-1-1,1.7976931348623157E308," + ODD_CELL + "\n"
                + "wait,9999-12-31,-0.0,\n"
                + "wait,2026/3/1,4.9E-324,\n"
                + "wait,2026.3.2,12%,\n";
        Workshop before = withKpi("wait");
        MeasurementImport p = new MeasurementCsv().preview(utf8(file), before);
        assertThat(p.problems()).extracting(CsvProblem::row, CsvProblem::column, CsvProblem::key).containsExactly(
                tuple(2, "Date", "monitor.csv.rowDateOutOfRange"), tuple(3, "Date", "monitor.csv.rowDateOutOfRange"),
                tuple(4, "Date", "monitor.csv.rowDateOutOfRange"));
        assertThat(p.problems().getFirst().args()).containsExactly("10000-1-4", 1900, 9999);
        assertThat(p.skippedRowCount()).isEqualTo(3);
        assertThat(p.measurements()).extracting(Measurement::date).containsExactly(LocalDate.of(1900, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        Workshop after = p.applyTo(before);
        assertThat(after.monitoring().measurements().getFirst().note()).isEqualTo(ODD);
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void touchpointsWithEveryColumnAndOddTextRoundTrip() throws Exception {
        String file = "stage,touchpoint,description,channel,phase,category,roles,owner department,customer action,"
                + "pain points,opportunities,evidence,emotion: 办事群众,emotion: 企业经办人\n"
                + "新阶段," + ODD_CELL + "," + ODD_CELL + ",数字,后端,售后,首触点|结束触点,部门,行为,\"一|二\n三\",机会,"
                + ODD_CELL + ",－５,+5\n"
                + "受理,窗口受理,,,,,,,,,,,-5,5\n";
        Workshop before = CsvFixtures.workshop();
        TouchpointImport p = CsvFixtures.CSV.preview(utf8(file), before);
        assertThat(p.problems()).isEmpty();
        assertThat(p.touchpointCount()).isEqualTo(2);
        Workshop after = p.applyTo(before);
        assertThat(after.journey().touchpoints()).anySatisfy(t -> assertThat(t.description()).isEqualTo(ODD));
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void ratingsAtTheirLargestCountsAndWidestValuesRoundTrip() throws Exception {
        String file = "survey,touchpoint,kind,value,count\n"
                + ODD_CELL + ",,NPS,0,1000000000\n"
                + ODD_CELL + ",,NPS,10,1000000000\n"
                + "3月,窗口受理,好差评,非常满意,999999990\n"
                + "3月,窗口受理,好差评,非常满意,1\n" // 10 + 999,999,990 = the limit: one more is refused
                + "3月,tp-ticket,CSAT,1,0\n";
        Workshop before = SurveyFixtures.withRatings();
        RatingImport p = SurveyFixtures.RATINGS.preview(utf8(file), before);
        assertThat(p.problems()).extracting(CsvProblem::row, CsvProblem::key).containsExactly(tuple(5, "surveys.import.rating.badCount"));
        Workshop after = p.applyTo(before);
        assertThat(after.keyMoments().ratingSurveys().getFirst().counts()).contains(new RatingCount(5, 1_000_000_000));
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void kanoAnswersByWordAndNumberRoundTrip() throws Exception {
        String file = "respondent,F1,D1,F2,D2\n" + ODD_CELL + ",1,5,like,dislike\n,2,4,,\n";
        Workshop before = SurveyFixtures.withKano();
        KanoImport p = SurveyFixtures.KANO.preview(utf8(file), before);
        assertThat(p.problems()).isEmpty();
        assertThat(p.responseCount()).isEqualTo(2);
        Workshop after = p.applyTo(before);
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void servqualWithTheStandardItemsAndDecimalWeightsRoundTrips() throws Exception {
        String file = "respondent,E1,P1,E22,P22,weight tangibles,weight reliability,weight responsiveness,weight assurance,weight empathy\n"
                + ODD_CELL + ",1,7,7,1,33.333333,33.333333,33.333334,0,0\n"
                + "b,,7,1,,100,,,,\n";
        Workshop before = SurveyFixtures.workshop();
        ServqualImport p = SurveyFixtures.SERVQUAL.preview(utf8(file), before);
        assertThat(p.problems()).isEmpty();
        assertThat(p.addsStandardItems()).isTrue();
        Workshop after = p.applyTo(before);
        assertThat(after.keyMoments().servqual().responses()).hasSize(2);
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void ipaPointsAtTheEndsOfTheScaleRoundTrip() throws Exception {
        String file = "touchpoint,importance,performance\n窗口受理,1,5\ntp-ticket,4.999999,.000001\ntp-call-1,５,1.000001\n";
        Workshop before = SurveyFixtures.workshop();
        IpaImport p = new IpaCsv().preview(utf8(file), before);
        assertThat(p.problems()).extracting(CsvProblem::row).containsExactly(3);
        Workshop after = p.applyTo(before);
        assertThat(after.keyMoments().ipa()).hasSize(2);
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }
}
