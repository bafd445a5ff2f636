package com.motstudio.i18n;

import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** English counts agree with their nouns ("1 audit", "2 audits"); Chinese has no plural and shows the number as is. */
class PluralTextsTest {
    private static final Path BUNDLES = Path.of("src/main/resources/com/motstudio/i18n");
    /** "1", up to two describing words, then a plural noun of the app, as in "1 bad reviews" or "1 pieces of feedback". */
    private static final Pattern ONE_AND_PLURAL = Pattern.compile("(?<![\\d.,:/-])1 (?:(?!(?:with|of|is|are|the|to|in|and|or|has|have)\\b)[a-zA-Z-]+ ){0,2}?"
            + "(pieces|touchpoints|stages|rows|cells|measurements|audits|reviews|rounds|answers|respondents|questionnaires|points|items"
            + "|results|days|figures|actions|standards|KPIs|dots|raters|ratings|votes|problems|parts|levels|moments|records|scores"
            + "|promoters|detractors|pages|people|participants|needs|surveys|values|steps|minutes)\\b");
    /** Texts whose count is never one: limits, sizes in pixels, the 22 standard items, names shared by several touchpoints, a map split in parts. */
    private static final Set<String> NEVER_ONE = Set.of("importing.file.tooManyRows", "importing.file.tooManyCells", "problem.tooDeep",
            "problem.tooLong", "surveys.import.servqual.standardItems", "surveys.import.rating.ambiguousTouchpoint", "export.map.split");
    private final Texts english = new Texts(Language.ENGLISH);

    @Test
    void theOverviewTotalsOfTheWhyReadRightForOneAndForMany() {
        assertThat(english.format("monitor.overview.totals", 1, 1, 1, 1, 0, 1))
                .isEqualTo("So far: 1 measurement, 1 audit, 1 piece of feedback with 1 bad review (0 overdue), 1 closed round.");
        assertThat(english.format("monitor.overview.totals", 2, 0, 3, 2, 1, 1200))
                .isEqualTo("So far: 2 measurements, 0 audits, 3 pieces of feedback with 2 bad reviews (1 overdue), 1,200 closed rounds.");
    }

    @Test
    void verbsAndPronounsFollowTheCountToo() {
        assertThat(english.format("journey.delete.touchpointInUse", "Queue", 1))
                .contains("1 rating, vote, moment or other record of the later steps refers to it. Remove it first.");
        assertThat(english.format("journey.delete.touchpointInUse", "Queue", 3))
                .contains("3 ratings, votes, moments or other records of the later steps refer to it. Remove those first.");
        assertThat(english.format("surveydata.ipa.replaceAsk", 1, 1)).startsWith("Replace the 1 point there is with 1 new one?");
        assertThat(english.format("surveydata.ipa.replaceAsk", 4, 2)).startsWith("Replace the 4 points there are with 2 new ones?");
        assertThat(english.format("export.ui.previewOf", 1, 1)).startsWith("The only page,");
        assertThat(english.format("export.ui.previewOf", 3, 9)).startsWith("The first 3 of 9 pages,");
    }

    /** Every English text, every argument 1: no "1" stands before a plural noun. */
    @Test
    void noEnglishTextPutsOneBeforeAPluralNoun() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : Texts.BUNDLES) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                MessageFormat pattern = new MessageFormat(texts.getProperty(key), Language.ENGLISH.locale());
                Object[] ones = new Object[pattern.getFormatsByArgumentIndex().length];
                Arrays.fill(ones, 1);
                String shown = pattern.format(ones);
                if (!NEVER_ONE.contains(key) && ONE_AND_PLURAL.matcher(shown).find()) {
                    wrong.add(bundle + ": " + key + " = " + shown);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void chineseShowsTheCountWithoutAPluralForm() {
        Texts chinese = new Texts(Language.SIMPLIFIED_CHINESE);
        assertThat(chinese.format("monitor.overview.totals", 1, 1, 1, 1, 0, 1)).contains("1").doesNotContain("{");
        assertThat(new Texts(Language.TRADITIONAL_CHINESE).format("problem.more", 2)).contains("2");
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(bundle + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
