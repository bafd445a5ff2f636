package com.motstudio.store;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Workshop;

import java.nio.file.Path;

/** A process that saves a large workshop over and over, for {@link KillDuringSaveTest} to kill. */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        WorkshopStore store = new WorkshopStore();
        Workshop large = LargeWorkshop.of(4, 500, 7);
        System.out.println("saving");
        System.out.flush();
        for (int round = 0; ; round++) {
            store.save(large.withInfo(large.info().withTitle("round " + round)), file, null);
        }
    }
}
