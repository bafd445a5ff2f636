package com.motstudio.store.csv;

import com.motstudio.model.KanoNeed;
import com.motstudio.model.RatingKind;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.Workshop;
import com.motstudio.store.KanoNeeds;
import com.motstudio.store.csv.RatingImport.SurveyImport;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The survey example files and the examples in docs/csv-import.md import cleanly into the
 * government template, the generated files are what {@link SurveyExampleFiles} writes, and the page
 * lists every word the survey imports accept.
 */
class SurveyExamplesTest {
    private static final Path PAGE = Path.of("docs/csv-import.md");

    @Test
    void theGeneratedFilesAreCurrent() throws IOException {
        if (Boolean.getBoolean("mot.writeExamples")) {
            SurveyExampleFiles.write();
        }
        assertThat(Files.readAllBytes(SurveyExampleFiles.SERVQUAL)).isEqualTo(SurveyExampleFiles.withBom(SurveyExampleFiles.servqual()));
        assertThat(Files.readAllBytes(SurveyExampleFiles.KANO)).isEqualTo(SurveyExampleFiles.withBom(SurveyExampleFiles.kano()));
    }

    @Test
    void theServqualExampleImportsIntoTheGovernmentTemplate() throws IOException {
        Workshop template = SurveyFixtures.governmentTemplate(Language.SIMPLIFIED_CHINESE);
        byte[] bytes = Files.readAllBytes(SurveyExampleFiles.SERVQUAL);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        ServqualImport preview = SurveyFixtures.SERVQUAL.preview(bytes, template);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).extracting(CsvProblem::key).containsExactly("surveys.import.servqual.standardItems");
        assertThat(preview.responseCount()).isEqualTo(30);
        assertThat(preview.answeredItems()).hasSize(22);
        List<ServqualResponse> responses = preview.responses().stream().map(ServqualImport.ImportedResponse::response).toList();
        assertThat(responses).filteredOn(r -> !r.weights().isEmpty()).hasSize(24)
                .allSatisfy(r -> assertThat(r.weights().stream().mapToDouble(w -> w.points()).sum()).isEqualTo(100));
        // a realistic hall: perception below expectation on average, most of all on responsiveness
        double gap = responses.stream().flatMap(r -> r.answers().stream())
                .filter(a -> a.expectation() != null && a.perception() != null)
                .mapToInt(a -> a.perception() - a.expectation()).average().orElseThrow();
        assertThat(gap).isBetween(-2.0, -0.5);
        Workshop after = preview.applyTo(template);
        assertThat(after.keyMoments().servqual().items()).hasSize(22);
        assertThat(after.keyMoments().servqual().responses()).hasSize(30);

        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        ServqualImport gb = SurveyFixtures.SERVQUAL.preview(SurveyFixtures.gb18030(text), template);
        assertThat(gb.responses()).extracting(r -> r.response().answers()).isEqualTo(responses.stream().map(ServqualResponse::answers).toList());
    }

    @Test
    void theKanoExampleImportsIntoTheGovernmentTemplateWithTheExampleNeeds() throws IOException {
        Workshop template = SurveyFixtures.governmentTemplate(Language.SIMPLIFIED_CHINESE);
        List<KanoNeed> needs = KanoNeeds.example(Language.SIMPLIFIED_CHINESE, template.journey());
        Workshop workshop = SurveyFixtures.withNeeds(template, needs);
        KanoImport preview = SurveyFixtures.KANO.preview(Files.readAllBytes(SurveyExampleFiles.KANO), workshop);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.notes()).isEmpty();
        assertThat(preview.responseCount()).isEqualTo(30);
        assertThat(preview.answeredNeeds()).isEqualTo(needs.stream().map(KanoNeed::id).toList());
        assertThat(preview.responses()).allSatisfy(r -> assertThat(r.response().answers()).hasSize(6));
        assertThat(preview.applyTo(workshop).keyMoments().kano().responses()).hasSize(30);
    }

    @Test
    void theRatingsExampleImportsIntoTheGovernmentTemplate() throws IOException {
        Workshop template = SurveyFixtures.governmentTemplate(Language.SIMPLIFIED_CHINESE);
        RatingImport preview = SurveyFixtures.RATINGS.preview(Files.readAllBytes(SurveyExampleFiles.RATINGS), template);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.surveys()).extracting(SurveyImport::kind, SurveyImport::touchpointId, SurveyImport::answerCount)
                .containsExactly(
                        tuple(RatingKind.GOOD_BAD_REVIEW, "tp-gov-greeting", 1683L),
                        tuple(RatingKind.GOOD_BAD_REVIEW, "tp-gov-check", 1652L),
                        tuple(RatingKind.CSAT, "tp-gov-queue", 680L),
                        tuple(RatingKind.NPS, "", 400L),
                        tuple(RatingKind.GOOD_BAD_REVIEW, "tp-gov-callback", 6L));
        assertThat(preview.applyTo(template).keyMoments().ratingSurveys()).hasSize(5);
    }

    @Test
    void theIpaExampleImportsIntoTheGovernmentTemplate() throws IOException {
        Workshop template = SurveyFixtures.governmentTemplate(Language.SIMPLIFIED_CHINESE);
        IpaImport preview = new IpaCsv().preview(Files.readAllBytes(Path.of("docs/examples/ipa-zh-CN.csv")), template);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.points()).hasSize(10);
        assertThat(com.motstudio.method.Ipa.of(preview.applyTo(template).keyMoments().ipa(),
                com.motstudio.method.IpaCrossHairs.dataMeans()).points()).hasSize(10);
    }

    @Test
    void theExamplesOnThePageImport() throws IOException {
        String page = Files.readString(PAGE);
        ServqualImport servqual = SurveyFixtures.SERVQUAL.preview(block(page, "## SERVQUAL answers"), SurveyFixtures.workshop());
        assertThat(servqual.problems()).isEmpty();
        assertThat(servqual.responseCount()).isEqualTo(3);
        assertThat(servqual.notes()).extracting(CsvProblem::row).containsExactly(0, 4);

        Workshop withNeeds = SurveyFixtures.withNeeds(SurveyFixtures.workshop(), KanoNeeds.example(Language.SIMPLIFIED_CHINESE,
                SurveyFixtures.workshop().journey()));
        KanoImport kano = SurveyFixtures.KANO.preview(block(page, "## KANO answers"), withNeeds);
        assertThat(kano.problems()).isEmpty();
        assertThat(kano.responseCount()).isEqualTo(3);

        RatingImport ratings = SurveyFixtures.RATINGS.preview(block(page, "## Ratings"), SurveyFixtures.workshop());
        assertThat(ratings.problems()).isEmpty();
        assertThat(ratings.surveys()).hasSize(3);

        Workshop template = SurveyFixtures.governmentTemplate(Language.SIMPLIFIED_CHINESE);
        IpaImport ipa = new IpaCsv().preview(block(page, "## IPA"), template);
        assertThat(ipa.problems()).isEmpty();
        assertThat(ipa.points()).hasSize(2);
    }

    @Test
    void thePageListsEveryAcceptedWord() throws IOException {
        String page = Files.readString(PAGE);
        List<String> missing = new ArrayList<>();
        for (String key : wordKeys()) {
            for (String word : Spellings.listed(Spellings.allLanguages(), key)) {
                if (!page.contains(word)) {
                    missing.add(key + ": " + word);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noWordMeansTwoThings() throws IOException {
        List<Texts> languages = Spellings.allLanguages();
        Map<String, String> meaning = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String key : wordKeys()) {
            String what = key.replace(".columnAlso.", ".column.");
            String group = what.startsWith("surveys.import.column.") || what.startsWith("surveys.import.prefix.")
                    ? "names" : what.substring(0, what.lastIndexOf('.'));
            for (String word : Spellings.listed(languages, key)) {
                String previous = meaning.putIfAbsent(group + "/" + Spellings.word(word), what);
                if (previous != null && !previous.equals(what)) {
                    clashes.add(word + ": " + previous + " and " + what);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static byte[] block(String page, String heading) {
        int section = page.indexOf(heading);
        assertThat(section).as(heading).isNotNegative();
        int start = page.indexOf("```csv\n", section) + "```csv\n".length();
        return page.substring(start, page.indexOf("```", start)).getBytes(StandardCharsets.UTF_8);
    }

    /** The keys listing column names, prefixes and values of the survey imports. */
    private static List<String> wordKeys() throws IOException {
        Properties english = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/com/motstudio/i18n/surveys.properties"), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        return english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("surveys.import.column") || k.startsWith("surveys.import.prefix.")
                        || k.startsWith("surveys.import.value."))
                .sorted().toList();
    }
}
