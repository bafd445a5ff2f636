package com.motstudio.room;

import com.motstudio.model.Workshop;
import java.net.InetAddress;
import java.time.Clock;

/**
 * Runs a room on 127.0.0.1 with the test workshop for looking at the participant page in a browser:
 * {@code RoomDemo PORT KIND [reveal]} opens an activity of that kind (EMOTION, TRAITS, DOTS, KANO,
 * SERVQUAL, POLL) on the first six touchpoints, prints the join link and runs until killed.
 */
public final class RoomDemo {
    private RoomDemo() {}

    public static void main(String[] args) throws Exception {
        Workshop workshop = RoomWorkshop.thirtyTouchpoints();
        var six = RoomWorkshop.touchpointIds(workshop).subList(0, 6);
        RoomSession room = RoomSession.start(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]), RoomWorkshop.GROUPS,
                RoomLimits.standard(), Clock.systemUTC(), 6);
        Activity activity = switch (ActivityKind.valueOf(args[1])) {
            case EMOTION -> Activity.emotion(workshop, six, RoomWorkshop.CUSTOMER);
            case TRAITS -> Activity.traits(workshop, six.subList(0, 2));
            case DOTS -> Activity.dots(workshop, six);
            case KANO -> Activity.kano(workshop);
            case SERVQUAL -> Activity.servqual(workshop);
            case POLL -> Activity.poll(workshop, six);
        };
        room.state().open(activity);
        if (args.length > 2) {
            for (int i = 0; i < 5; i++) {
                RoomParticipant p = room.state().join("Demo " + i, "").value();
                room.state().submit(p.token(), activity.id(), java.util.List.of(new AnswerCell(six.getFirst(),
                        activity.kind().parts().getFirst(), Math.min(activity.valueMax(), activity.valueMin() + i))), false);
            }
            room.state().reveal(true);
        }
        System.out.println(room.joinLink());
        Thread.sleep(Long.MAX_VALUE);
    }
}
