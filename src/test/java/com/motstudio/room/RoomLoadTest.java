package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.model.Workshop;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 100 phones send a 30-touchpoint emotion round at the same moment; every answer is counted once. */
class RoomLoadTest {
    @Test
    void aHundredPhonesSubmittingAtOnceAreAllCounted() throws Exception {
        Workshop workshop = RoomWorkshop.thirtyTouchpoints();
        // every phone here shares the loopback address, so the per-address burst is raised for the joins
        RoomLimits limits = new RoomLimits(16 * 1024, 200, 5, 10, 1000);
        try (RoomSession room = RoomSession.start(InetAddress.getLoopbackAddress(), 0, List.of(), limits);
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            RoomRound round = new RoomRound(room, http, workshop, 100);
            assertThat(round.sendAll(http)).hasSize(100).containsOnly(200);
            assertThat(round.sendAll(http)).containsOnly(200);

            RoomTally tally = room.state().tally(round.activity.id());
            assertThat(tally.respondents()).isEqualTo(100);
            assertThat(tally.finished()).isEqualTo(100);
            assertThat(round.allCounted()).isTrue();
            RoomLive live = room.state().live();
            assertThat(live.answers()).isEqualTo(100 * 30);
            assertThat(live.finished()).isEqualTo(100);
            for (int t = 0; t < 30; t++) {
                int sum = 0;
                for (int p = 0; p < 100; p++) {
                    sum += RoomRound.emotion(p, t);
                }
                RoomTally.ItemFigure figure = tally.item("tp-" + (t + 1));
                assertThat(figure.answers()).isEqualTo(100);
                assertThat(figure.mean()).isCloseTo(sum / 100.0, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}
