package com.motstudio.store;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.nio.file.Path;

/**
 * A process that saves a large workshop over and over, as the app does after each edit, for
 * {@link com.motstudio.bench.KillDuringSave} to kill. Round N writes "round N" at the file's start
 * (the title) and near its end (the last touchpoint's evidence), so a file made of two saves shows.
 * Arguments: the file, then optionally the number of stages and touchpoints per stage (4 500).
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int stages = args.length > 2 ? Integer.parseInt(args[1]) : 4;
        int perStage = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        WorkshopStore store = new WorkshopStore();
        Workshop large = LargeWorkshop.of(stages, perStage, 7);
        System.out.println("saving");
        System.out.flush();
        SavedFile previous = null;
        for (long round = 0; ; round++) {
            previous = store.save(round(large, round), file, previous);
        }
    }

    /** The workshop of one round: its number in the title and in the last touchpoint's evidence. */
    public static Workshop round(Workshop workshop, long round) {
        String mark = "round " + round;
        Touchpoint last = workshop.journey().touchpoints().getLast();
        return workshop.withInfo(workshop.info().withTitle(mark))
                .withJourney(workshop.journey().withTouchpointChanged(last.id(), t -> t.withEvidence(mark)));
    }

    /** The round a saved workshop's start says, and its end says; equal unless the file is mixed. */
    public static String[] marks(Workshop workshop) {
        return new String[] {workshop.info().title(), workshop.journey().touchpoints().getLast().evidence()};
    }
}
