package com.motstudio.store;

import com.motstudio.model.MomentCategory;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' moment categories fit their touchpoints (seed 000): a purchase decision is a
 * customer choosing what to buy, not preparing for or going through a service already chosen.
 * The three languages share one category per touchpoint (TemplatesTest checks the structure).
 */
class TemplateCategoriesTest {
    private final Templates templates = new Templates(new WorkshopStore());

    /** Touchpoints once tagged with a category that did not fit, with the one that does. */
    private static final Map<String, Map<String, MomentCategory>> FITTING = Map.of(
            "government", Map.of("tp-gov-guide", MomentCategory.DAILY_USE, "tp-gov-hotline", MomentCategory.DAILY_USE,
                    "tp-gov-online", MomentCategory.DAILY_USE, "tp-gov-correction", MomentCategory.DAILY_USE,
                    "tp-gov-done", MomentCategory.DAILY_USE, "tp-gov-pickup", MomentCategory.DAILY_USE,
                    "tp-gov-delivery", MomentCategory.DAILY_USE, "tp-gov-complaint", MomentCategory.AFTER_SALES,
                    "tp-gov-callback", MomentCategory.RELATIONSHIP),
            "airline", Map.of("tp-air-rules", MomentCategory.DAILY_USE),
            "bank", Map.of("tp-bank-app", MomentCategory.DAILY_USE, "tp-bank-hotline", MomentCategory.DAILY_USE),
            "hospital", Map.of("tp-hosp-prep", MomentCategory.DAILY_USE, "tp-hosp-advice", MomentCategory.DAILY_USE),
            "hotel", Map.of("tp-hotel-request", MomentCategory.DAILY_USE, "tp-hotel-late", MomentCategory.DAILY_USE,
                    "tp-hotel-invoice", MomentCategory.DAILY_USE));

    @Test
    void aPublicServiceHallHasNoPurchaseDecision() {
        for (Language language : Language.values()) {
            assertThat(touchpoints("government", language)).as(language.tag())
                    .noneMatch(t -> t.category() == MomentCategory.PURCHASE_DECISION);
        }
    }

    @Test
    void theTouchpointsOnceMiscategorisedFitInEveryLanguage() {
        FITTING.forEach((sector, expected) -> {
            for (Language language : Language.values()) {
                List<Touchpoint> all = touchpoints(sector, language);
                expected.forEach((id, category) -> assertThat(all).as(sector + " " + language.tag() + " " + id)
                        .filteredOn(t -> t.id().equals(id)).singleElement().extracting(Touchpoint::category).isEqualTo(category));
            }
        });
    }

    @Test
    void everySectorStillHasTouchpointsOfSeveralCategories() {
        for (String sector : Templates.SECTORS) {
            assertThat(touchpoints(sector, Language.ENGLISH).stream().map(Touchpoint::category).distinct().count())
                    .as(sector).isGreaterThanOrEqualTo(3);
        }
    }

    private List<Touchpoint> touchpoints(String sector, Language language) {
        Workshop w = ((LoadResult.Loaded) templates.load(sector, language)).workshop();
        return w.journey().stages().stream().map(Stage::touchpoints).flatMap(List::stream).toList();
    }
}
