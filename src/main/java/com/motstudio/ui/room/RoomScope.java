package com.motstudio.ui.room;

import com.motstudio.method.RankedTouchpoint;
import com.motstudio.method.Ranking;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;

/** Which touchpoints an activity asks about: all of them, one stage's, or the top N of the Key moments ranking. */
record RoomScope(String label, List<String> touchpointIds) {
    static final int[] TOP = {5, 10};

    @Override
    public String toString() {
        return label;
    }

    /** The choices for a workshop: all, the top 5 and 10 candidates (when ranked), then each stage. */
    static List<RoomScope> of(Workshop workshop, Texts texts) {
        List<RoomScope> scopes = new ArrayList<>();
        List<String> all = workshop.journey().touchpoints().stream().map(Touchpoint::id).toList();
        scopes.add(new RoomScope(texts.format("room.scope.all", all.size()), all));
        List<RankedTouchpoint> ranked = Ranking.of(workshop).stream().filter(r -> r.rank() != null).toList();
        for (int n : TOP) {
            if (ranked.size() > n || (n == TOP[0] && !ranked.isEmpty())) {
                List<String> top = ranked.stream().limit(n).map(RankedTouchpoint::touchpointId).toList();
                scopes.add(new RoomScope(texts.format("room.scope.top", top.size()), top));
            }
        }
        for (Stage stage : workshop.journey().stages()) {
            if (!stage.touchpoints().isEmpty()) {
                scopes.add(new RoomScope(texts.format("room.scope.stage", stage.name(), stage.touchpoints().size()),
                        stage.touchpoints().stream().map(Touchpoint::id).toList()));
            }
        }
        return scopes;
    }
}
