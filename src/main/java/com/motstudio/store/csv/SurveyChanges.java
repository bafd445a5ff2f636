package com.motstudio.store.csv;

import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualSurvey;

import java.util.List;

/** Step 2 data with one of its surveys replaced (the model's KeyMoments has no withers for them yet). */
final class SurveyChanges {
    private SurveyChanges() {}

    static KeyMoments withServqual(KeyMoments k, ServqualSurvey value) {
        return new KeyMoments(k.traitWeights(), k.ratings(), k.votesPerParticipant(), k.votes(), value, k.kano(),
                k.ratingSurveys(), k.ipa(), k.moments());
    }

    static KeyMoments withKano(KeyMoments k, KanoSurvey value) {
        return new KeyMoments(k.traitWeights(), k.ratings(), k.votesPerParticipant(), k.votes(), k.servqual(), value,
                k.ratingSurveys(), k.ipa(), k.moments());
    }

    static KeyMoments withRatingSurveys(KeyMoments k, List<RatingSurvey> value) {
        return new KeyMoments(k.traitWeights(), k.ratings(), k.votesPerParticipant(), k.votes(), k.servqual(), k.kano(),
                value, k.ipa(), k.moments());
    }
}
