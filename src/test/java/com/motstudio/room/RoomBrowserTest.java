package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.model.Participant;
import com.motstudio.model.Stage;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A room in real browsers: three headless Chromium phones (360×740) join with the PIN (by the join
 * link, by typing it, anonymously with a group), answer an emotion round, trait ratings and a dot
 * vote, one reloads mid-round; the facilitator watches, reveals, and applies the answers to the
 * workshop, which is saved and opened again. Skipped where Chromium is missing (fails on CI).
 */
@ExtendWith(SharedPhones.class)
class RoomBrowserTest {
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private final List<String> ids = RoomWorkshop.touchpointIds(workshop);
    private RoomSession room;

    @BeforeEach
    void start() throws Exception {
        // every phone of the test comes from 127.0.0.1, one address: its request budget is raised
        room = RoomSession.start(InetAddress.getLoopbackAddress(), 0, RoomWorkshop.GROUPS, new RoomLimits(16 * 1024, 200, 5, 200, 1000));
    }

    @AfterEach
    void stop() {
        if (room != null) {
            room.stop();
        }
    }

    @Test
    void threePhonesAnswerRejoinAndTheFacilitatorRevealsAndApplies(Phones phones, @TempDir Path folder) throws Exception {
        Activity emotion = Activity.emotion(workshop, ids.subList(0, 3), RoomWorkshop.CUSTOMER);
        room.state().open(emotion);
        List<PhonePage> three = phones.three();
        PhonePage li = three.get(0);
        PhonePage wang = three.get(1);
        PhonePage table = three.get(2);

        li.open(room.joinLink());
        assertThat(li.pinField()).as("the join link fills the PIN in").isEqualTo(room.pin());
        li.join(null, "Li Ming");
        wang.open(room.address());
        wang.join(room.pin(), "Wang");
        table.open(room.address());
        table.joinAnonymously(room.pin(), "Table 2");
        for (PhonePage phone : List.of(li, wang, table)) {
            phone.waitForActivity(emotion.id());
        }
        assertThat(li.text("hello")).isEqualTo(PhonePage.text("zh-CN", "room.hello", Map.of("name", "Li Ming")));
        assertThat(table.text("hello")).isEqualTo(PhonePage.text("en", "room.anonymous", Map.of()));
        assertThat(room.state().live().people()).extracting(RoomLive.Person::name, RoomLive.Person::groupId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Li Ming", ""), org.assertj.core.groups.Tuple.tuple("Wang", ""),
                        org.assertj.core.groups.Tuple.tuple("", "grp-2"));
        String liId = person("Li Ming");
        String wangId = person("Wang");
        String tableId = person("");

        li.emotion("Touchpoint 1", -3);
        li.emotion("Touchpoint 2", 2);
        awaitCells(liId, emotion, Map.of("tp-1", -3, "tp-2", 2));
        li.reload(); // mid-round: same participant, same answers, shown again
        li.waitForActivity(emotion.id());
        assertThat(li.shownEmotion("Touchpoint 1")).isEqualTo(-3);
        assertThat(li.shownEmotion("Touchpoint 2")).isEqualTo(2);
        assertThat(li.text("hello")).contains("Li Ming");
        li.emotion("Touchpoint 3", 5);
        li.emotion("Touchpoint 1", -1); // answering again replaces the answer
        awaitCells(liId, emotion, Map.of("tp-1", -1, "tp-2", 2, "tp-3", 5));
        wang.emotion("Touchpoint 1", 4);
        wang.emotion("Touchpoint 2", 0);
        table.emotion("Touchpoint 1", 1);
        awaitCells(wangId, emotion, Map.of("tp-1", 4, "tp-2", 0));
        awaitCells(tableId, emotion, Map.of("tp-1", 1));
        RoomLive live = room.state().live();
        assertThat(live.people()).hasSize(3);
        assertThat(live.answered()).isEqualTo(3);
        assertThat(live.finished()).as("only Li answered every touchpoint").isEqualTo(1);
        assertThat(live.answers()).isEqualTo(6);
        table.finish();
        awaitTrue(() -> room.state().live().finished() == 2);
        assertThat(li.results()).as("hidden until Reveal").isEmpty();

        room.state().reveal(true);
        RoomTally.ItemFigure first = room.state().tally(emotion.id()).item("tp-1");
        Map<String, Object> args = Map.of("mean", fixed(first.mean()), "spread", fixed(first.spread()), "answers", 3);
        li.waitUntil(() -> PhonePage.text("zh-CN", "result.mean", args).equals(li.results().get("Touchpoint 1")));
        wang.waitUntil(() -> PhonePage.text("en", "result.mean", args).equals(wang.results().get("Touchpoint 1")));
        assertThat(wang.results()).containsEntry("Touchpoint 3", PhonePage.text("en", "result.mean",
                Map.of("mean", "5.0", "spread", "0.0", "answers", 1)));

        Activity traits = Activity.traits(workshop, ids.subList(0, 1));
        room.state().open(traits);
        for (PhonePage phone : List.of(li, wang, table)) {
            phone.waitForActivity(traits.id());
        }
        assertThat(wang.results()).as("a new activity hides results again").isEmpty();
        li.rate("Touchpoint 1", 0, 5);
        li.rate("Touchpoint 1", 3, 2);
        wang.rate("Touchpoint 1", 0, 3);
        table.rate("Touchpoint 1", 5, 4);
        awaitCells(liId, traits, Map.of("tp-1\nEMOTIONAL_IMPACT", 5, "tp-1\nSPREAD", 2));
        awaitCells(wangId, traits, Map.of("tp-1\nEMOTIONAL_IMPACT", 3));
        awaitCells(tableId, traits, Map.of("tp-1\nPERCEPTION_INTENSITY", 4));

        Activity dots = Activity.dots(workshop, ids.subList(0, 4));
        assertThat(dots.budget()).isEqualTo(4);
        room.state().open(dots);
        for (PhonePage phone : List.of(li, wang, table)) {
            phone.waitForActivity(dots.id());
        }
        for (int i = 0; i < 3; i++) {
            li.addDot("Touchpoint 1");
        }
        li.addDot("Touchpoint 2");
        assertThat(li.canAddDot("Touchpoint 3")).as("the budget of 4 dots is spent").isFalse();
        wang.addDot("Touchpoint 2");
        wang.addDot("Touchpoint 2");
        table.addDot("Touchpoint 4");
        awaitCells(liId, dots, Map.of("tp-1", 3, "tp-2", 1));
        awaitCells(wangId, dots, Map.of("tp-2", 2));
        awaitCells(tableId, dots, Map.of("tp-4", 1));
        room.state().reveal(true);
        table.waitUntil(() -> PhonePage.text("en", "result.dots", Map.of("count", 3)).equals(table.results().get("Touchpoint 2")));
        assertThat(table.results()).containsEntry("Touchpoint 1", PhonePage.text("en", "result.dots", Map.of("count", 3)))
                .containsEntry("Touchpoint 3", PhonePage.text("en", "result.dots", Map.of("count", 0)));

        Workshop applied = apply(room.state().snapshot(), emotion, traits, dots);
        WorkshopStore store = new WorkshopStore();
        Path file = folder.resolve("room.mot.json");
        store.save(applied, file, null);
        Workshop reopened = ((LoadResult.Loaded) store.open(file)).workshop();
        assertThat(reopened).isEqualTo(applied);
        assertThat(reopened.journey().touchpoint("tp-1").orElseThrow().emotionOf(RoomWorkshop.CUSTOMER)).contains(1); // mean of −1, 4, 1
        assertThat(reopened.journey().touchpoint("tp-3").orElseThrow().emotionOf(RoomWorkshop.CUSTOMER)).contains(5);
        assertThat(reopened.info().participants()).extracting(Participant::name).containsExactlyInAnyOrder("Li Ming", "Wang", "");
        assertThat(reopened.keyMoments().ratings()).contains(new TraitRating(liId, "tp-1", Trait.EMOTIONAL_IMPACT, 5),
                new TraitRating(tableId, "tp-1", Trait.PERCEPTION_INTENSITY, 4)).hasSize(4);
        assertThat(reopened.keyMoments().votes()).extracting(v -> v.touchpointId() + "=" + v.count())
                .containsExactlyInAnyOrder("tp-1=3", "tp-2=1", "tp-2=2", "tp-4=1");
    }

    /** What "Apply to workshop" does with the room's records of the three activities. */
    private Workshop apply(RoomSnapshot snapshot, Activity emotion, Activity traits, Activity dots) {
        RoomRecords feelings = new RoomRecords(snapshot, emotion.id());
        RoomRecords ratings = new RoomRecords(snapshot, traits.id());
        RoomRecords votes = new RoomRecords(snapshot, dots.id());
        Map<String, Participant> people = new LinkedHashMap<>();
        for (RoomRecords records : List.of(feelings, ratings, votes)) {
            records.participants().forEach(p -> people.putIfAbsent(p.id(), p));
        }
        List<Stage> stages = new ArrayList<>();
        for (Stage stage : workshop.journey().stages()) {
            stages.add(stage.withTouchpoints(stage.touchpoints().stream()
                    .map(t -> t.withEmotion(RoomWorkshop.CUSTOMER, feelings.emotions().get(t.id()))).toList()));
        }
        return workshop.withInfo(workshop.info().withParticipants(List.copyOf(people.values())))
                .withJourney(new com.motstudio.model.Journey(stages))
                .withKeyMoments(workshop.keyMoments().withRatings(ratings.traitRatings())
                        .withVotes(workshop.keyMoments().votesPerParticipant(), votes.dotVotes()));
    }

    private String person(String name) {
        return room.state().live().people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Waits until the room holds exactly these answers ("item" or "item\npart" → value) from the participant. */
    private void awaitCells(String participantId, Activity activity, Map<String, Integer> expected) {
        String part = activity.kind().parts().getFirst();
        Map<String, Integer> wanted = new LinkedHashMap<>();
        expected.forEach((k, v) -> wanted.put(k.contains("\n") ? k : k + "\n" + part, v));
        awaitTrue(() -> room.state().submission(participantId, activity.id()).map(s -> {
            Map<String, Integer> held = new LinkedHashMap<>();
            s.cells().forEach(c -> held.put(c.item() + "\n" + c.part(), c.value()));
            return held.equals(wanted) && s.cells().size() == wanted.size();
        }).orElse(false));
    }

    private static void awaitTrue(BooleanSupplier condition) {
        new FluentWait<>(condition).withTimeout(Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(50))
                .until(c -> c.getAsBoolean());
    }

    /** As the page's JavaScript writes a figure: one decimal. */
    private static String fixed(Double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
