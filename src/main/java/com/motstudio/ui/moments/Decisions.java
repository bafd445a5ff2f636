package com.motstudio.ui.moments;

import com.motstudio.model.CandidateRejection;
import com.motstudio.model.Ids;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.MomentOfTruth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The team's decisions on candidates: confirm a touchpoint as a moment of truth (with why), set it
 * aside (with why), or take the decision back. A touchpoint is in at most one of the two lists.
 */
final class Decisions {
    private Decisions() {}

    static Optional<MomentOfTruth> moment(KeyMoments k, String touchpointId) {
        return k.moments().stream().filter(m -> m.touchpointId().equals(touchpointId)).findFirst();
    }

    static Optional<CandidateRejection> rejection(KeyMoments k, String touchpointId) {
        return k.rejections().stream().filter(r -> r.touchpointId().equals(touchpointId)).findFirst();
    }

    /** Confirmed (appended to the moments, or its reason updated when it already is one). */
    static KeyMoments confirm(KeyMoments k, String touchpointId, String reason, LocalDate today) {
        List<MomentOfTruth> moments = new ArrayList<>();
        boolean found = false;
        for (MomentOfTruth m : k.moments()) {
            if (m.touchpointId().equals(touchpointId)) {
                found = true;
                moments.add(new MomentOfTruth(m.id(), m.touchpointId(), reason, m.confirmedOn(), m.coreNeed(), m.kanoNeedId(),
                        m.experienceToday(), m.experienceWanted(), m.serviceScript(), m.complaintScript()));
            } else {
                moments.add(m);
            }
        }
        if (!found) {
            moments.add(new MomentOfTruth(Ids.next("mo"), touchpointId, reason, today, "", "", "", "", "", ""));
        }
        return k.withMoments(moments).withRejections(withoutTouchpoint(k.rejections(), touchpointId));
    }

    /** Set aside with a reason (no longer a moment, if it was one — see {@link #canSetAside}). */
    static KeyMoments setAside(KeyMoments k, String touchpointId, String reason) {
        List<CandidateRejection> rejections = new ArrayList<>(withoutTouchpoint(k.rejections(), touchpointId));
        rejections.add(new CandidateRejection(touchpointId, reason));
        return k.withMoments(k.moments().stream().filter(m -> !m.touchpointId().equals(touchpointId)).toList())
                .withRejections(rejections);
    }

    /** Neither confirmed nor set aside. */
    static KeyMoments undecide(KeyMoments k, String touchpointId) {
        return k.withMoments(k.moments().stream().filter(m -> !m.touchpointId().equals(touchpointId)).toList())
                .withRejections(withoutTouchpoint(k.rejections(), touchpointId));
    }

    /** Moves a confirmed moment {@code delta} places in the team's order. */
    static KeyMoments move(KeyMoments k, String touchpointId, int delta) {
        List<MomentOfTruth> moments = new ArrayList<>(k.moments());
        for (int i = 0; i < moments.size(); i++) {
            if (moments.get(i).touchpointId().equals(touchpointId)) {
                int to = Math.clamp(i + (long) delta, 0, moments.size() - 1);
                moments.add(to, moments.remove(i));
                break;
            }
        }
        return k.withMoments(moments);
    }

    private static List<CandidateRejection> withoutTouchpoint(List<CandidateRejection> list, String touchpointId) {
        return list.stream().filter(r -> !r.touchpointId().equals(touchpointId)).toList();
    }
}
