package com.motstudio.model;

import java.time.LocalDate;

/** A touchpoint the team confirmed as a moment of truth, why, and what the customer needs there. */
public record MomentOfTruth(
        String id,
        String touchpointId,
        String rationale,
        LocalDate confirmedOn,
        String coreNeed,
        String kanoNeedId,
        String experienceToday,
        String experienceWanted,
        String serviceScript,
        String complaintScript) {
    public MomentOfTruth {
        rationale = Values.text(rationale);
        coreNeed = Values.text(coreNeed);
        kanoNeedId = Values.text(kanoNeedId);
        experienceToday = Values.text(experienceToday);
        experienceWanted = Values.text(experienceWanted);
        serviceScript = Values.text(serviceScript);
        complaintScript = Values.text(complaintScript);
    }
}
