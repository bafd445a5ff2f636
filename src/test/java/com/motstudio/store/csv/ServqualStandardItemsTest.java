package com.motstudio.store.csv;

import com.motstudio.model.Journey;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.store.KanoNeeds;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standard SERVQUAL instrument: 22 items in the five dimensions, written out in all three languages. */
class ServqualStandardItemsTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Characters only Simplified Chinese writes, and their Traditional forms, among those the items use. */
    private static final String SIMPLIFIED_ONLY = "这现运转场净释们仪规标识资阅读诺时题诚实决务应样记录确误环节及总乐帮忙虽请处护言让对个术识关顾体细贴别须";
    private static final String TRADITIONAL_ONLY = "這現運轉場淨釋們儀規標識資閱讀諾時題誠實決務應樣記錄確誤環節及總樂幫忙雖請處護言讓對個術識關顧體細貼別須";

    @Test
    void theInstrumentHas22ItemsOnASevenPointScale() {
        ServqualSurvey survey = ServqualItems.standard(Language.ENGLISH);
        assertThat(survey.scaleMin()).isEqualTo(1);
        assertThat(survey.scaleMax()).isEqualTo(7);
        assertThat(survey.responses()).isEmpty();
        assertThat(survey.items()).hasSize(22);
        assertThat(survey.items()).extracting(ServqualItem::id)
                .isEqualTo(IntStream.rangeClosed(1, 22).mapToObj(n -> String.format("sq-%02d", n)).toList());
        assertThat(survey.items()).allSatisfy(item -> assertThat(item.touchpointIds()).isEmpty());
    }

    @Test
    void theDimensionsHold4_5_4_4_5ItemsInTheirOrder() {
        List<ServqualItem> items = ServqualItems.items(Language.SIMPLIFIED_CHINESE);
        Map<ServqualDimension, Integer> counts = new EnumMap<>(ServqualDimension.class);
        items.forEach(i -> counts.merge(i.dimension(), 1, Integer::sum));
        assertThat(counts).containsExactly(Map.entry(ServqualDimension.TANGIBLES, 4), Map.entry(ServqualDimension.RELIABILITY, 5),
                Map.entry(ServqualDimension.RESPONSIVENESS, 4), Map.entry(ServqualDimension.ASSURANCE, 4),
                Map.entry(ServqualDimension.EMPATHY, 5));
        assertThat(items).extracting(ServqualItem::dimension).isSortedAccordingTo(Enum::compareTo);
        assertThat(ServqualItems.dimensionOf(4)).isEqualTo(ServqualDimension.TANGIBLES);
        assertThat(ServqualItems.dimensionOf(5)).isEqualTo(ServqualDimension.RELIABILITY);
        assertThat(ServqualItems.dimensionOf(13)).isEqualTo(ServqualDimension.RESPONSIVENESS);
        assertThat(ServqualItems.dimensionOf(14)).isEqualTo(ServqualDimension.ASSURANCE);
        assertThat(ServqualItems.dimensionOf(18)).isEqualTo(ServqualDimension.EMPATHY);
        assertThatThrownBy(() -> ServqualItems.dimensionOf(23)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServqualItems.dimensionOf(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryText(Language language) {
        List<String> texts = ServqualItems.items(language).stream().map(ServqualItem::text).toList();
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotBlank().doesNotStartWith("!").hasSizeLessThan(120));
        assertThat(texts).doesNotHaveDuplicates();
        if (language == Language.ENGLISH) {
            assertThat(texts).noneMatch(t -> HAN.matcher(t).find());
        } else {
            assertThat(texts).allMatch(t -> HAN.matcher(t).find());
        }
    }

    @Test
    void eachChineseIsWrittenInItsOwnScript() {
        String simplified = String.join("", ServqualItems.items(Language.SIMPLIFIED_CHINESE).stream().map(ServqualItem::text).toList());
        String traditional = String.join("", ServqualItems.items(Language.TRADITIONAL_CHINESE).stream().map(ServqualItem::text).toList());
        assertThat(simplified).doesNotContainAnyWhitespaces();
        for (int i = 0; i < SIMPLIFIED_ONLY.length(); i++) {
            char s = SIMPLIFIED_ONLY.charAt(i);
            char t = TRADITIONAL_ONLY.charAt(i);
            if (s != t) {
                assertThat(traditional).as("繁體 uses %s", s).doesNotContain(String.valueOf(s));
                assertThat(simplified).as("简体 uses %s", t).doesNotContain(String.valueOf(t));
            }
        }
        assertThat(simplified).isNotEqualTo(traditional);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theExampleKanoNeedsHaveTheirQuestions(Language language) {
        List<KanoNeed> needs = KanoNeeds.example(language, Journey.empty());
        assertThat(needs).hasSize(6);
        assertThat(needs).extracting(KanoNeed::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("kn-"));
        assertThat(needs).allSatisfy(n -> {
            assertThat(n.name()).isNotBlank().doesNotStartWith("!");
            assertThat(n.functionalQuestion()).isNotBlank().doesNotStartWith("!").isNotEqualTo(n.dysfunctionalQuestion());
            assertThat(n.dysfunctionalQuestion()).isNotBlank().doesNotStartWith("!");
            assertThat(n.touchpointIds()).isEmpty();
        });
        assertThat(needs).extracting(KanoNeed::name).doesNotHaveDuplicates();
    }

    @Test
    void theExampleNeedsLinkToTheGovernmentTemplatesTouchpoints() {
        Journey journey = SurveyFixtures.governmentTemplate(Language.TRADITIONAL_CHINESE).journey();
        List<KanoNeed> needs = KanoNeeds.example(Language.TRADITIONAL_CHINESE, journey);
        assertThat(needs).allSatisfy(n -> assertThat(n.touchpointIds()).hasSize(1));
        assertThat(needs).flatExtracting(KanoNeed::touchpointIds).allMatch(id -> journey.touchpoint(id).isPresent());
    }
}
