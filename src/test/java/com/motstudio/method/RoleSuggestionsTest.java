package com.motstudio.method;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles suggested from journey order, emotion curves and ratings, worked by hand. */
class RoleSuggestionsTest {

    @Test
    void suggestionsFromOrderPeaksAndRatings() {
        // ct-a: +1, -4, +2, +3 → peak tp2 (|-4|). ct-b: 0 at tp1 and tp3 → peak 0: no suggestion.
        // ct-c: -2 at tp2, +5 at tp3 → peak tp3.
        // Frequency: tp2 3, 4 → 3.5 (< 4, no); tp3 4, 5 → 4.5; tp4 4, 4 → exactly 4 (counts).
        // Perception intensity: tp4 4 → strongly felt. tp1 is tagged FIRST already.
        Touchpoint tp1 = tp("tp1").withRoles(Set.of(TouchpointRole.FIRST)).withEmotion("ct-a", 1).withEmotion("ct-b", 0);
        Touchpoint tp2 = tp("tp2").withEmotion("ct-a", -4).withEmotion("ct-c", -2);
        Touchpoint tp3 = tp("tp3").withEmotion("ct-a", 2).withEmotion("ct-b", 0).withEmotion("ct-c", 5);
        Touchpoint tp4 = tp("tp4").withEmotion("ct-a", 3);
        Journey journey = new Journey(List.of(new Stage("s1", "S1", "", List.of(tp1, tp2)), new Stage("s2", "S2", "", List.of(tp3, tp4))));
        List<TraitRating> ratings = List.of(
                new TraitRating("p1", "tp2", Trait.FREQUENCY, 3), new TraitRating("p2", "tp2", Trait.FREQUENCY, 4),
                new TraitRating("p1", "tp3", Trait.FREQUENCY, 4), new TraitRating("p2", "tp3", Trait.FREQUENCY, 5),
                new TraitRating("p1", "tp4", Trait.FREQUENCY, 4), new TraitRating("p2", "tp4", Trait.FREQUENCY, 4),
                new TraitRating("p1", "tp4", Trait.PERCEPTION_INTENSITY, 4));
        List<CustomerType> types = List.of(type("ct-a"), type("ct-b"), type("ct-c"));

        List<RoleSuggestion> suggestions = RoleSuggestions.of(journey.touchpoints(), EmotionCurve.of(journey, types),
                TraitScores.of(journey.touchpoints(), ratings, List.of()));

        assertThat(suggestions).containsExactly(
                new RoleSuggestion("tp1", TouchpointRole.FIRST, RoleReason.FIRST_IN_JOURNEY, true),
                new RoleSuggestion("tp2", TouchpointRole.HIGH_PERCEPTION, RoleReason.EMOTION_PEAK, false),
                new RoleSuggestion("tp3", TouchpointRole.HIGH_FREQUENCY, RoleReason.FREQUENCY_RATING, false),
                new RoleSuggestion("tp3", TouchpointRole.HIGH_PERCEPTION, RoleReason.EMOTION_PEAK, false),
                new RoleSuggestion("tp4", TouchpointRole.HIGH_FREQUENCY, RoleReason.FREQUENCY_RATING, false),
                new RoleSuggestion("tp4", TouchpointRole.HIGH_PERCEPTION, RoleReason.PERCEPTION_RATING, false),
                new RoleSuggestion("tp4", TouchpointRole.END, RoleReason.LAST_IN_JOURNEY, false));
    }

    @Test
    void aOneTouchpointJourneyIsBothFirstAndEndAndAnEmptyOneHasNothing() {
        Journey one = new Journey(List.of(new Stage("s", "S", "", List.of(tp("only")))));
        assertThat(RoleSuggestions.of(one.touchpoints(), List.of(), List.of())).extracting(RoleSuggestion::role)
                .containsExactly(TouchpointRole.FIRST, TouchpointRole.END);
        assertThat(RoleSuggestions.of(List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void aPeakOfTwoCurvesIsSuggestedOnce() {
        Touchpoint a = tp("a").withEmotion("x", -3).withEmotion("y", 4);
        Touchpoint b = tp("b").withEmotion("x", 1).withEmotion("y", 1);
        Touchpoint c = tp("c");
        Journey journey = new Journey(List.of(new Stage("s", "S", "", List.of(c, a, b))));
        List<RoleSuggestion> suggestions = RoleSuggestions.of(journey.touchpoints(),
                EmotionCurve.of(journey, List.of(type("x"), type("y"))), List.of());
        assertThat(suggestions).filteredOn(s -> s.reason() == RoleReason.EMOTION_PEAK).hasSize(1)
                .first().extracting(RoleSuggestion::touchpointId).isEqualTo("a");
    }

    private static Touchpoint tp(String id) {
        return Touchpoint.named(id, id);
    }

    private static CustomerType type(String id) {
        return new CustomerType(id, CustomerKind.EXTERNAL, id, "");
    }
}
