package com.motstudio.store.csv;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.bench.LargestCsvFiles;
import com.motstudio.model.Workshop;
import com.motstudio.store.SavedSize;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * The limits of the imports agree with Open's: an import that would make a file Open refuses (over
 * 50 MB) is refused in its preview, and the largest broken file lists 100 problems and counts the rest.
 */
class ImportLimitsTest {
    @TempDir
    Path folder;

    @Test
    void aServqualFileOf20000RespondentsIsRefusedBeforeItMakesAFileOpenWouldRefuse() {
        ServqualImport p = SurveyFixtures.SERVQUAL.preview(LargestCsvFiles.servqual(20_000), SurveyFixtures.workshop());
        assertThat(p.refused()).isTrue();
        assertThat(p.addsAnything()).isFalse();
        CsvProblem size = p.problems().getFirst();
        assertThat(size.key()).isEqualTo("importing.file.workshopTooLarge");
        assertThat(Double.parseDouble((String) size.args().getFirst())).isBetween(54.0, 56.0); // 57.5 million bytes, saved before the check
        assertThat(size.args().get(1)).isEqualTo("50.0");
    }

    @Test
    void theLargestServqualFileThatFitsIsImportedSavedAndOpenedAgain() throws Exception {
        Workshop before = SurveyFixtures.workshop();
        ServqualImport p = SurveyFixtures.SERVQUAL.preview(LargestCsvFiles.servqual(17_000), before);
        assertThat(p.problems()).isEmpty();
        assertThat(p.responseCount()).isEqualTo(17_000);
        Workshop after = p.applyTo(before);
        assertThat(SavedSize.of(after)).isBetween(45L << 20, 50L << 20);
        assertThat(Reopened.of(after, folder)).isEqualTo(after);
    }

    @Test
    void touchpointsThatWouldTakeALargeWorkshopPastTheLimitAreRefusedAndThoseThatFitAreNot() {
        Workshop large = LargeWorkshop.of(30, 1_000, 7); // 30,000 touchpoints, about 36 MB saved
        Workshop small = LargestCsvFiles.workshop();
        byte[] file = LargestCsvFiles.touchpoints(); // 20,000 more, with long descriptions
        TouchpointImport fits = CsvFixtures.CSV.preview(file, small);
        assertThat(fits.refused()).isFalse();
        long added = SavedSize.of(fits.applyTo(small)) - SavedSize.of(small);
        assertThat(SavedSize.of(large) + added).as("the two together").isGreaterThan(SavedSize.limit());
        TouchpointImport p = CsvFixtures.CSV.preview(file, large);
        assertThat(p.refused()).isTrue();
        assertThat(p.problems()).extracting(CsvProblem::key).containsExactly("importing.file.workshopTooLarge");
        assertThat(p.applyTo(large)).isSameAs(large);
    }

    @Test
    void theSizeOfManyResponsesIsEstimatedWithinOnePercentOfWhatIsSaved() {
        Workshop before = SurveyFixtures.workshop();
        KanoImport p = SurveyFixtures.KANO.preview(LargestCsvFiles.kano(), LargestCsvFiles.workshop());
        assertThat(p.refused()).isTrue(); // 20,000 × 50 answered needs: far over the limit
        ServqualImport fits = SurveyFixtures.SERVQUAL.preview(LargestCsvFiles.servqual(6_000), before);
        long estimate = SizeCheck.savedSize(k -> fits.withFirst(k).applyTo(before), 6_000);
        long exact = SavedSize.of(fits.applyTo(before));
        assertThat((double) estimate).isCloseTo(exact, withPercentage(1));
    }

    @Test
    void anEightMegabyteRatingsFileListsItsFirst100ProblemsAndCountsTheOther3999900() throws Exception {
        byte[] file = LargestCsvFiles.brokenRatings();
        assertThat(file.length).isGreaterThan(7_500_000);
        Workshop before = SurveyFixtures.workshop();
        RatingImport p = SurveyFixtures.RATINGS.preview(file, before);
        assertThat(p.problems()).hasSize(CsvProblems.KEPT + 1);
        assertThat(p.problems().subList(0, 2)).extracting(CsvProblem::row, CsvProblem::key, c -> c.args().getFirst())
                .containsExactly(tuple(2, "importing.row.cellWithoutColumn", "C"), tuple(2, "importing.row.cellWithoutColumn", "D"));
        CsvProblem more = p.problems().getLast();
        assertThat(more.key()).isEqualTo("importing.file.moreProblems");
        assertThat(more.args()).containsExactly(LargestCsvFiles.ROWS * LargestCsvFiles.STRAY_CELLS - CsvProblems.KEPT);
        assertThat(p.skippedRowCount()).isEqualTo(LargestCsvFiles.ROWS);
        assertThat(p.applyTo(before)).isSameAs(before);
        assertThat(Reopened.of(p.applyTo(before), folder)).isEqualTo(before);
    }

    @Test
    void aCappedListSaysHowManyMoreThereAreInEveryLanguage() {
        CsvProblems problems = new CsvProblems();
        for (int i = 0; i < CsvProblems.KEPT + 7; i++) {
            problems.add(CsvProblem.inRow(i + 2, "importing.file.noRows"));
        }
        assertThat(problems).hasSize(CsvProblems.KEPT);
        assertThat(problems.notKept()).isEqualTo(7);
        CsvProblem last = problems.shown().getLast();
        assertThat(last.describe(new Texts(Language.ENGLISH))).startsWith("… and 7 more problems");
        assertThat(last.describe(new Texts(Language.SIMPLIFIED_CHINESE))).contains("7 个问题未列出");
    }
}
