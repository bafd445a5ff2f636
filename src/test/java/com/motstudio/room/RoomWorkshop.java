package com.motstudio.room;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Journey;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import java.util.ArrayList;
import java.util.List;

/** A workshop for room tests: 30 touchpoints in 5 stages, two table groups, 2 KANO needs, 3 SERVQUAL items, 4 dots each. */
public final class RoomWorkshop {
    static final String CUSTOMER = "ct-citizen";
    static final List<ParticipantGroup> GROUPS = List.of(new ParticipantGroup("grp-1", "Table 1"), new ParticipantGroup("grp-2", "Table 2"));

    private RoomWorkshop() {}

    public static Workshop thirtyTouchpoints() {
        List<Stage> stages = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            List<Touchpoint> touchpoints = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int n = s * 6 + t + 1;
                touchpoints.add(Touchpoint.named("tp-" + n, "Touchpoint " + n));
            }
            stages.add(new Stage("st-" + s, "Stage " + s, "", touchpoints));
        }
        KanoSurvey kano = new KanoSurvey(List.of(
                new KanoNeed("kn-1", "Queue number by text message", "If you get a text?", "If you do not?", List.of()),
                new KanoNeed("kn-2", "All documents listed at once", "If they are listed?", "If not?", List.of())), List.of());
        ServqualSurvey servqual = new ServqualSurvey(1, 7, List.of(
                new ServqualItem("sq-1", ServqualDimension.TANGIBLES, "The hall is clean", List.of()),
                new ServqualItem("sq-2", ServqualDimension.RELIABILITY, "Done when promised", List.of()),
                new ServqualItem("sq-3", ServqualDimension.EMPATHY, "Staff listen", List.of())), List.of());
        KeyMoments keyMoments = KeyMoments.empty().withVotes(4, List.of()).withKano(kano).withServqual(servqual);
        return new Workshop(WorkshopInfo.empty().withGroups(GROUPS),
                List.of(new CustomerType(CUSTOMER, CustomerKind.EXTERNAL, "Citizen", "")), List.of(),
                new Journey(stages), keyMoments, null, null);
    }

    static List<String> touchpointIds(Workshop workshop) {
        return workshop.journey().touchpoints().stream().map(Touchpoint::id).toList();
    }
}
