package com.motstudio.store;

import com.motstudio.model.ServiceStandard;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library of example standards and KPIs is complete for every template sector in every language. */
class StandardLibraryTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasTheKeysOfEnglish(Language language) {
        assertThat(StandardLibrary.keys(language)).containsExactlyInAnyOrderElementsOf(StandardLibrary.keys(Language.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySectorHasStandardsWithItemsAndKpis(Language language) {
        for (String sector : Templates.SECTORS) {
            List<StandardLibrary.Standard> standards = StandardLibrary.standards(sector, language);
            assertThat(standards).as(sector).hasSizeGreaterThanOrEqualTo(sector.equals("government") ? 6 : 2);
            for (StandardLibrary.Standard s : standards) {
                assertThat(s.title()).as(s.key()).isNotBlank();
                assertThat(s.items()).as(s.key()).hasSizeGreaterThanOrEqualTo(2)
                        .allSatisfy(i -> assertThat(i.behaviour() + i.criterion()).doesNotContain("|"))
                        .allSatisfy(i -> assertThat(i.criterion()).isNotBlank());
            }
            // the sector's own examples first, then the five every sector has
            assertThat(StandardLibrary.kpis(sector, language)).as(sector).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(k -> assertThat(k.name()).isNotBlank());
        }
    }

    @Test
    void chineseTextsAreChineseAndMethodsAgree() {
        for (String sector : Templates.SECTORS) {
            List<StandardLibrary.Standard> en = StandardLibrary.standards(sector, Language.ENGLISH);
            for (Language zh : List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE)) {
                List<StandardLibrary.Standard> other = StandardLibrary.standards(sector, zh);
                for (int s = 0; s < en.size(); s++) {
                    assertThat(other.get(s).title()).isNotEqualTo(en.get(s).title()).matches(".*\\p{IsHan}.*");
                    assertThat(other.get(s).items()).extracting(StandardLibrary.Item::method)
                            .containsExactlyElementsOf(en.get(s).items().stream().map(StandardLibrary.Item::method).toList());
                }
            }
        }
    }

    @Test
    void theGovernmentCounterStandardsAreThere() {
        assertThat(StandardLibrary.standards("government", Language.SIMPLIFIED_CHINESE)).extracting(StandardLibrary.Standard::title)
                .contains("首问负责制", "一次性告知", "限时办结", "仪容仪表与服务用语", "排队秩序", "差评整改回访");
        assertThat(StandardLibrary.kpis("government", Language.SIMPLIFIED_CHINESE)).extracting(StandardLibrary.KpiExample::name)
                .contains("好差评满意率", "平均等候时间", "一次办成率", "净推荐值（NPS）", "投诉量", "督查达标率");
    }

    @Test
    void anInsertedStandardGetsNewIdsAndTheMoment() {
        StandardLibrary.Standard first = StandardLibrary.standards("government", Language.ENGLISH).getFirst();
        ServiceStandard a = first.forMoment("mo-1");
        ServiceStandard b = first.forMoment("mo-2");
        assertThat(a.momentId()).isEqualTo("mo-1");
        assertThat(a.title()).isEqualTo("First-asked responsibility");
        assertThat(a.items()).hasSize(3);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.items().getFirst().id()).isNotEqualTo(b.items().getFirst().id());
        assertThat(StandardLibrary.standards("nowhere", Language.ENGLISH)).isEmpty();
    }
}
