package com.motstudio.method;

import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Trait;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles suggested from the data: first touch and end from journey order, strongly felt from the
 * peak of each emotion curve (when it is not 0) and from a high perception-intensity rating, high
 * frequency from a high frequency rating. Complaint touchpoints are not guessed: a bad review says
 * a touchpoint went wrong, not that it is where complaints are handled.
 */
public final class RoleSuggestions {
    /** A mean rating (1–5) from which a trait counts as high. */
    public static final double HIGH_RATING = 4.0;

    private RoleSuggestions() {}

    /**
     * The suggestions in journey order; per touchpoint in role order, then reason order. A
     * touchpoint that is the peak of several curves is suggested once.
     *
     * @param touchpoints the journey's touchpoints in order
     * @param curves      the emotion curves ({@link EmotionCurve#of})
     * @param scores      the trait scores ({@link TraitScores#of}); touchpoints without one get no rating-based role
     */
    public static List<RoleSuggestion> of(List<Touchpoint> touchpoints, List<EmotionCurve> curves, List<TouchpointScore> scores) {
        Map<String, Set<RoleReason>> reasons = new HashMap<>();
        if (!touchpoints.isEmpty()) {
            add(reasons, touchpoints.getFirst().id(), RoleReason.FIRST_IN_JOURNEY);
            add(reasons, touchpoints.getLast().id(), RoleReason.LAST_IN_JOURNEY);
        }
        for (EmotionCurve curve : curves) {
            PeakEndResult.CurvePoint peak = curve.peakEnd().peak();
            if (peak.score() != 0) {
                add(reasons, peak.touchpointId(), RoleReason.EMOTION_PEAK);
            }
        }
        for (TouchpointScore score : scores) {
            if (high(score.cell(Trait.FREQUENCY))) {
                add(reasons, score.touchpointId(), RoleReason.FREQUENCY_RATING);
            }
            if (high(score.cell(Trait.PERCEPTION_INTENSITY))) {
                add(reasons, score.touchpointId(), RoleReason.PERCEPTION_RATING);
            }
        }
        List<RoleSuggestion> suggestions = new ArrayList<>();
        for (Touchpoint touchpoint : touchpoints) {
            Set<RoleReason> given = reasons.getOrDefault(touchpoint.id(), Set.of());
            for (TouchpointRole role : TouchpointRole.values()) {
                for (RoleReason reason : RoleReason.values()) {
                    if (given.contains(reason) && roleOf(reason) == role) {
                        suggestions.add(new RoleSuggestion(touchpoint.id(), role, reason, touchpoint.roles().contains(role)));
                    }
                }
            }
        }
        return suggestions;
    }

    /** The role a reason suggests. */
    public static TouchpointRole roleOf(RoleReason reason) {
        return switch (reason) {
            case FIRST_IN_JOURNEY -> TouchpointRole.FIRST;
            case LAST_IN_JOURNEY -> TouchpointRole.END;
            case EMOTION_PEAK, PERCEPTION_RATING -> TouchpointRole.HIGH_PERCEPTION;
            case FREQUENCY_RATING -> TouchpointRole.HIGH_FREQUENCY;
        };
    }

    private static boolean high(TraitCell cell) {
        return cell.mean() != null && cell.mean() >= HIGH_RATING;
    }

    private static void add(Map<String, Set<RoleReason>> reasons, String touchpointId, RoleReason reason) {
        reasons.computeIfAbsent(touchpointId, k -> new LinkedHashSet<>()).add(reason);
    }
}
