package com.motstudio.store;

import com.motstudio.model.Ids;
import com.motstudio.model.Journey;
import com.motstudio.model.KanoNeed;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Six example KANO needs for a government service hall — told everything at once, online
 * pre-review, waiting time shown, assisted service, progress notices, free delivery — each with its
 * functional and dysfunctional question. They match docs/examples/kano-responses-zh-CN.csv.
 */
public final class KanoNeeds {
    public static final int EXAMPLE_COUNT = 6;
    /** The touchpoints of the government template each example need belongs to, in need order. */
    private static final List<String> TEMPLATE_TOUCHPOINTS = List.of("tp-gov-check", "tp-gov-online", "tp-gov-queue",
            "tp-gov-assist", "tp-gov-progress", "tp-gov-delivery");
    private static final String PREFIX = "surveys.kanoExample.";

    private KanoNeeds() {}

    /**
     * The example needs in {@code language}, under new ids, each linked to its touchpoint of the
     * government template when {@code journey} has that touchpoint (and to none otherwise).
     */
    public static List<KanoNeed> example(Language language, Journey journey) {
        Texts texts = new Texts(language);
        List<KanoNeed> needs = new ArrayList<>();
        for (int n = 1; n <= EXAMPLE_COUNT; n++) {
            String touchpoint = TEMPLATE_TOUCHPOINTS.get(n - 1);
            List<String> linked = journey.touchpoint(touchpoint).isPresent() ? List.of(touchpoint) : List.of();
            needs.add(new KanoNeed(Ids.next("kn"), texts.get(PREFIX + "name" + n), texts.get(PREFIX + "functional" + n),
                    texts.get(PREFIX + "dysfunctional" + n), linked));
        }
        return List.copyOf(needs);
    }
}
