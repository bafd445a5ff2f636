package com.motstudio.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files issue 14's fuzzing found that opened but could not be saved, or saved and then could
 * not be opened: each now either round-trips or is refused on open with where the problem is.
 */
class AcceptedMeansSaveableTest {
    @TempDir
    Path folder;

    private final WorkshopStore store = new WorkshopStore();

    private String good() {
        return new Refusals(store, folder).good();
    }

    /** Opens {@code text}, which must be accepted, and checks it saves and opens again equal. */
    private void roundTrips(String text) {
        LoadResult result = store.read(Path.of("case.mot.json"), text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        RoundTrips.assertSavesAndOpensEqual(store, loaded.workshop(), loaded.baseline());
    }

    private List<FileProblem> refused(byte[] bytes) throws Exception {
        return new Refusals(store, folder).of(bytes);
    }

    private List<FileProblem> refused(String text) throws Exception {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void unknownFieldsNestedAsDeepAsTheReaderAllowsSaveAndOpenAgain() {
        // the workshop object is depth 1 and the field's own array one more: the deepest the reader takes
        int deepest = Limits.MAX_NESTING_DEPTH - 1;
        roundTrips(good().replaceFirst("\\{", "{\n  \"extension\": " + nested(deepest) + ","));
        roundTrips(good().replace("\"closedOn\": \"2026-04-14\",",
                "\"closedOn\": \"2026-04-14\", \"later\": " + nested(Limits.MAX_NESTING_DEPTH - 5) + ","));
    }

    @Test
    void nestingPastTheLimitIsRefusedWithItsLine() throws Exception {
        FileProblem problem = Refusals.only(refused(good().replaceFirst("\\{", "{\n  \"extension\": "
                + nested(Limits.MAX_NESTING_DEPTH + 1) + ",")), FileProblem.Kind.TOO_DEEP);
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void countsBeyondWhatTheAppHoldsAreRefusedWithTheirField() throws Exception {
        for (String field : List.of("\"pass\": 3", "\"fail\": 1", "\"notApplicable\": 0", "\"overdueFollowUps\": 2")) {
            String name = field.substring(1, field.indexOf('"', 1));
            String text = good().replace(field, "\"" + name + "\": 3000000000");
            FileProblem problem = Refusals.only(refused(text), FileProblem.Kind.OUT_OF_RANGE);
            assertThat(problem.path()).as(name).endsWith(name);
            assertThat(problem.line()).isPositive();
        }
    }

    @Test
    void theLargestCountsTheFileAllowsRoundTrip() {
        roundTrips(good().replace("\"pass\": 3", "\"pass\": 1000000000").replace("\"overdueFollowUps\": 2", "\"overdueFollowUps\": 1000000000"));
    }

    @Test
    void bytesThatAreNotUtf8InsideAStringAreRefusedWithTheirPlace() throws Exception {
        byte[] bad = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        String text = good();
        int at = text.indexOf("第一轮");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        out.write(before);
        out.write(bad);
        out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
        FileProblem problem = Refusals.only(refused(out.toByteArray()), FileProblem.Kind.NOT_TEXT);
        assertThat(problem.args()).containsExactly(String.valueOf(before.length));
    }

    @Test
    void notUtf8InAFieldNameIsRefusedToo() throws Exception {
        String text = good();
        int at = text.indexOf("\"format\"") + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}); // an encoded lone surrogate
        out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
        Refusals.only(refused(out.toByteArray()), FileProblem.Kind.NOT_TEXT);
    }

    @Test
    void aLoneSurrogateWrittenAsAnEscapeRoundTripsInValuesAndNames() {
        roundTrips(good().replace("\"第一轮\"", "\"第\\uDC00一轮\""));
        roundTrips(good().replaceFirst("\\{", "{\n  \"x\\uDC00y\": \"\\uD800\","));
    }

    @Test
    void aNullAmongHolidaysIsRefusedWithItsPlace() throws Exception {
        for (String field : List.of("holidays", "makeUpWorkdays")) {
            String day = field.equals("holidays") ? "\"2026-03-18\"" : "\"2026-03-26\"";
            List<FileProblem> problems = refused(good().replace(day, day + ", null"));
            assertThat(problems).extracting(FileProblem::kind).doesNotContain(FileProblem.Kind.NOT_UNDERSTOOD);
            assertThat(problems.getFirst().path()).isEqualTo("monitoring." + field + "[1]");
            assertThat(problems.getFirst().line()).isPositive();
        }
    }

    @Test
    void yearsBeyondFourDigitsAreRefusedAndEveryFourDigitYearRoundTrips() throws Exception {
        FileProblem problem = Refusals.only(refused(good().replace("\"2026-04-14\"", "\"+10000-01-04\"")), FileProblem.Kind.BAD_FORMAT);
        assertThat(problem.path()).endsWith("closedOn");
        roundTrips(good().replace("\"2026-04-14\"", "\"9999-12-31\""));
        roundTrips(good().replace("\"2026-04-14\"", "\"0001-01-01\""));
    }

    @Test
    void numbersTooLargeForADoubleAreRefusedNotSavedAsInfinity() throws Exception {
        List<FileProblem> problems = refused(good().replace("\"value\": 3.2", "\"value\": 1e400"));
        assertThat(problems).extracting(FileProblem::kind).doesNotContain(FileProblem.Kind.NOT_UNDERSTOOD);
        assertThat(problems.getFirst().line()).isPositive();
    }
}
