package com.motstudio.method;

import com.motstudio.model.TouchpointRole;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What is shown beside a touchpoint's score, never folded into it.
 *
 * @param curves          the touchpoint's place on each customer type's emotion curve it is scored on
 * @param roles           the roles the team tagged
 * @param suggestedRoles  the roles the data suggests ({@link RoleSuggestions}), tagged or not
 * @param servqualItemIds the SERVQUAL items linked to the touchpoint
 * @param servqualGap     the mean of those items' gaps (items without a gap left out); null when none has one
 * @param kano            the KANO category of each linked need
 * @param dots            dot votes on the touchpoint
 * @param reviews         answers in the 好差评 surveys of the touchpoint
 * @param badReviews      bad reviews (levels 1–2) among them
 */
public record Evidence(
        List<CurveMark> curves,
        Set<TouchpointRole> roles,
        Set<TouchpointRole> suggestedRoles,
        List<String> servqualItemIds,
        Double servqualGap,
        List<NeedCategory> kano,
        int dots,
        int reviews,
        int badReviews) {
    public Evidence {
        curves = List.copyOf(curves);
        roles = inOrder(roles);
        suggestedRoles = inOrder(suggestedRoles);
        servqualItemIds = List.copyOf(servqualItemIds);
        kano = List.copyOf(kano);
    }

    /** An unmodifiable copy that iterates in role order, so the output is the same on every run. */
    private static Set<TouchpointRole> inOrder(Set<TouchpointRole> roles) {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** True when the touchpoint is the peak of at least one emotion curve. */
    public boolean peak() {
        return curves.stream().anyMatch(CurveMark::peak);
    }

    /** True when the touchpoint is the end (last scored point) of at least one emotion curve. */
    public boolean end() {
        return curves.stream().anyMatch(CurveMark::end);
    }

    /** A touchpoint's emotion score on one customer type's curve and which marks of the curve it holds. */
    public record CurveMark(String customerTypeId, int score, boolean lowest, boolean highest, boolean peak, boolean end) {}

    /** A linked KANO need and its category (null when nobody answered it). */
    public record NeedCategory(String needId, KanoCategory category) {}
}
