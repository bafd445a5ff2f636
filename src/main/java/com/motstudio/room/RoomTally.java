package com.motstudio.room;

import com.motstudio.method.DotVoteTally;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.ServqualResult;
import com.motstudio.method.TouchpointScore;
import java.util.List;

/**
 * The room's result for one activity, through the app's own methods: per item a figure the phones
 * can show after Reveal, and for trait ratings, dots, KANO and SERVQUAL the methods' full results.
 * Trait scores use equal weights here; the workshop's weights apply once the answers are applied.
 *
 * @param respondents participants with at least one answer
 * @param finished    participants who finished
 * @param items       one figure per item, in the activity's order
 * @param traits      the trait-scoring grid (trait ratings only, otherwise empty)
 * @param dots        the dot tally (dot voting only, otherwise null)
 * @param kano        the KANO figures per need (KANO only, otherwise empty)
 * @param servqual    the SERVQUAL figures (SERVQUAL only, otherwise null)
 */
public record RoomTally(String activityId, ActivityKind kind, int respondents, int finished, List<ItemFigure> items,
                        List<TouchpointScore> traits, DotVoteTally dots, List<KanoNeedResult> kano, ServqualResult servqual) {
    public RoomTally {
        items = List.copyOf(items);
        traits = List.copyOf(traits);
        kano = List.copyOf(kano);
    }

    /** The figure of one item. */
    public ItemFigure item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    /**
     * One item's headline figure.
     *
     * @param answers  participants who answered it
     * @param mean     emotion: mean score; traits: the 0–100 score; SERVQUAL: mean gap P − E; otherwise null
     * @param spread   emotion: population SD; traits: the largest spread of a trait; otherwise null
     * @param count    dots: dots placed; poll: participants who agree; otherwise null
     * @param category KANO: the category's name; otherwise ""
     */
    public record ItemFigure(String itemId, int answers, Double mean, Double spread, Integer count, String category) {}
}
