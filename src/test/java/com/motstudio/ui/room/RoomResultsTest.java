package com.motstudio.ui.room;

import com.motstudio.edit.PendingChange;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.DotVote;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.Participant;
import com.motstudio.model.Workshop;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.AnswerCell;
import com.motstudio.room.RoomParticipant;
import com.motstudio.room.RoomRecords;
import com.motstudio.room.RoomState;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The room's answers as a previewed change: what each kind adds, and that a poll records nothing. */
class RoomResultsTest {
    private final Texts texts = new Texts(Language.ENGLISH);
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private final RoomState state = new RoomState(Clock.systemUTC(), 50, List.of("grp-1", "grp-2"));

    private RoomRecords answered(Activity activity, List<RoomParticipant> people, int value) {
        state.open(activity);
        for (RoomParticipant p : people) {
            List<AnswerCell> cells = new ArrayList<>();
            activity.items().forEach(i -> activity.kind().parts().forEach(part -> cells.add(new AnswerCell(i.id(), part, value))));
            assertThat(state.submit(p.token(), activity.id(), cells, true)).isEmpty();
        }
        return new RoomRecords(state.snapshot(), activity.id());
    }

    private List<RoomParticipant> join(String... names) {
        return java.util.Arrays.stream(names).map(n -> n.startsWith("grp-") ? state.join("", n).value() : state.join(n, "").value()).toList();
    }

    private Workshop applied(PendingChange change) {
        WorkshopDocument doc = new WorkshopDocument(workshop, null);
        change.applyTo(doc);
        return doc.current();
    }

    @Test
    void kanoAndServqualAnswersBecomeOneResponseEachNamedAfterTheParticipant() {
        List<RoomParticipant> people = join("Wang Fang", "Li Lei");
        PendingChange kano = RoomResults.of(workshop, answered(Activity.kano(workshop), people, KanoAnswer.MUST_BE.ordinal()), false, texts);
        assertThat(kano.sections().getFirst().lines()).hasToString("[2 KANO responses]");
        Workshop withKano = applied(kano);
        assertThat(withKano.keyMoments().kano().responses()).extracting(r -> r.respondent()).containsExactly("Wang Fang", "Li Lei");
        assertThat(withKano.keyMoments().kano().responses().getFirst().answers()).hasSize(2)
                .allSatisfy(a -> assertThat(a.functional()).isEqualTo(KanoAnswer.MUST_BE));

        PendingChange servqual = RoomResults.of(workshop, answered(Activity.servqual(workshop), people, 6), false, texts);
        Workshop withServqual = applied(servqual);
        assertThat(withServqual.keyMoments().servqual().responses()).hasSize(2);
        assertThat(withServqual.keyMoments().servqual().responses().getFirst().answers()).hasSize(3)
                .allSatisfy(a -> assertThat(a.perception()).isEqualTo(6));
    }

    @Test
    void aPollIsShownButNothingIsApplied() {
        PendingChange poll = RoomResults.of(workshop, answered(Activity.poll(workshop, List.of("tp-1")), join("Zhao"), 1), false, texts);
        assertThat(poll.changesAnything()).isFalse();
        assertThat(poll.summary()).startsWith("Nothing to apply");
    }

    @Test
    void anonymousDotsKeepOneVoterEachNamedByTheirGroupAndASecondApplyReplacesTheFirst() {
        Activity dots = Activity.dots(workshop, List.of("tp-1", "tp-2"));
        RoomRecords records = answered(dots, join("grp-1", "grp-2"), 2);
        Workshop once = applied(RoomResults.of(workshop, records, true, texts));
        assertThat(once.info().participants()).extracting(Participant::name).containsExactly("Anonymous (Table 1)", "Anonymous (Table 2)");
        assertThat(once.keyMoments().votes()).hasSize(4).extracting(DotVote::count).containsOnly(2);
        WorkshopDocument doc = new WorkshopDocument(once, null);
        RoomResults.of(once, records, true, texts).applyTo(doc);
        assertThat(doc.current().keyMoments().votes()).hasSize(4);
        assertThat(doc.current().info().participants()).hasSize(2);
    }
}
