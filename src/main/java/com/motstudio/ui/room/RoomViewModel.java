package com.motstudio.ui.room;

import com.motstudio.edit.PendingChange;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Workshop;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityItem;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomLive;
import com.motstudio.room.RoomQr;
import com.motstudio.room.RoomRecords;
import com.motstudio.room.RoomSession;
import com.motstudio.room.RoomSnapshot;
import com.motstudio.room.RoomSnapshotFile;
import com.motstudio.room.RoomTally;
import com.motstudio.text.Texts;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.TimedActivity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A facilitator's room session: the address it listens on, the join details (QR, address, PIN), the
 * open activity, what the room has done so far, the result once revealed, and its answers as a
 * change for the workshop. Every snapshot of the room goes to a file beside the recovery copy, so a
 * crash loses no answer. Holds no controls.
 */
public final class RoomViewModel {
    private final Supplier<WorkshopDocument> document;
    private final RoomSnapshotFile snapshots;
    private final RoomLimits limits;
    /** The activity timer an opened activity may start; null where there is none (a test's window). */
    private final ActivityTimer timer;
    private Texts texts;
    private final ReadOnlyObjectWrapper<RoomSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Activity> activity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper liveText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageLoads = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RoomCharts.Shown> chart = new ReadOnlyObjectWrapper<>();
    private RoomTally charted;

    public RoomViewModel(Supplier<WorkshopDocument> document, RoomSnapshotFile snapshots, RoomLimits limits, Texts texts,
                         ActivityTimer timer) {
        this.document = document;
        this.snapshots = snapshots;
        this.limits = limits;
        this.texts = texts;
        this.timer = timer;
    }

    /** Speaks another language from now on (the app's changed): the live texts and results are read again. */
    public void relabel(Texts language) {
        this.texts = language;
        if (!problem.get().isEmpty()) {
            problem.set(""); // a message of the old language would stay; the next action says it again
        }
        refresh();
    }

    /** Whether an opened activity can start the activity timer. */
    public boolean canTime() {
        return timer != null;
    }

    /** The addresses of this computer to choose from, the likely Wi-Fi or hotspot first. */
    public static List<RoomAddress> addresses() {
        try {
            return RoomAddress.available();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** How an address reads in the picker: the likely Wi-Fi named as such. */
    public String describe(RoomAddress address) {
        return texts.format(address.likelyWifi() ? "room.address.wifi" : "room.address.other", address.host(), address.displayName());
    }

    /** Answers of an earlier session of this workshop that a crash or an end left in the snapshot file, if any. */
    public Optional<RoomSnapshot> leftOver() {
        try {
            return Files.isRegularFile(snapshots.file()) ? Optional.of(snapshots.read()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Starts the server on an address, with the earlier answers when given; false with {@link #problemProperty()} set when it cannot. */
    public boolean start(InetAddress address, RoomSnapshot earlier) {
        try {
            RoomSession started = RoomSession.start(address, 0, document.get().current().info().groups(), limits);
            if (earlier != null) {
                started.state().restore(earlier);
            }
            started.state().addListener(this::keep);
            keep(started.state().snapshot());
            session.set(started);
            problem.set("");
            activity.set(started.state().openActivity().orElse(null));
            refresh();
            return true;
        } catch (IOException | RuntimeException e) {
            problem.set(texts.format("room.start.failed", String.valueOf(e.getMessage())));
            return false;
        }
    }

    private void keep(RoomSnapshot snapshot) {
        try {
            Files.createDirectories(snapshots.file().toAbsolutePath().getParent()); // no autosave may have made the folder yet
            snapshots.write(snapshot);
        } catch (IOException e) {
            // the next join or answer writes it again; the answers are still in the session
        }
    }

    /** Stops the server; the answers stay in the snapshot file until a new session replaces them. */
    public void end() {
        RoomSession running = session.get();
        if (running != null) {
            running.stop();
            session.set(null);
        }
    }

    public ReadOnlyObjectProperty<RoomSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public boolean running() {
        return session.get() != null;
    }

    /** The address participants type, without the trailing slash. */
    public String shortAddress() {
        String text = session.get().address().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    public String pin() {
        return session.get().pin();
    }

    /** The QR code of the join link (the address with the PIN after '#'). */
    public boolean[][] qr() {
        return RoomQr.of(session.get().joinLink()).modules();
    }

    /** The customer types an emotion round can be about. */
    public List<CustomerType> customerTypes() {
        return document.get().current().customerTypes();
    }

    public List<RoomScope> scopes() {
        return RoomScope.of(document.get().current(), texts);
    }

    /**
     * Opens an activity of a kind for the touchpoints of a scope (KANO and SERVQUAL ask the workshop's
     * needs and items); with nothing to ask, says so in {@link #problemProperty()} and opens nothing.
     */
    public void open(ActivityKind kind, RoomScope scope, CustomerType customer) {
        open(kind, scope, customer, "");
    }

    /**
     * Opens an activity as {@link #open(ActivityKind, RoomScope, CustomerType)} does and, with a
     * number of minutes typed, starts the activity timer for it under the activity's name. Minutes
     * that do not read as 1 to {@value TimedActivity#MAX_MINUTES} open nothing and say why.
     *
     * @return whether the activity opened
     */
    public boolean open(ActivityKind kind, RoomScope scope, CustomerType customer, String minutesTyped) {
        String typed = minutesTyped == null ? "" : minutesTyped.strip();
        Integer minutes = null;
        if (!typed.isEmpty()) {
            try {
                minutes = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                minutes = -1;
            }
            if (minutes < 1 || minutes > TimedActivity.MAX_MINUTES) {
                problem.set(texts.format("room.timer.bad", TimedActivity.MAX_MINUTES));
                return false;
            }
        }
        if (!openActivity(kind, scope, customer)) {
            return false;
        }
        if (minutes != null && timer != null) {
            timer.start(TimedActivity.named("room.kind." + kind.name(), minutes));
        }
        return true;
    }

    private boolean openActivity(ActivityKind kind, RoomScope scope, CustomerType customer) {
        Workshop w = document.get().current();
        List<String> ids = scope == null ? List.of() : scope.touchpointIds();
        Activity next = switch (kind) {
            case EMOTION -> Activity.emotion(w, ids, customer == null ? w.customerTypes().getFirst().id() : customer.id());
            case TRAITS -> Activity.traits(w, ids);
            case DOTS -> Activity.dots(w, ids);
            case POLL -> Activity.poll(w, ids);
            case KANO -> Activity.kano(w);
            case SERVQUAL -> Activity.servqual(w);
        };
        if (next.items().isEmpty()) {
            problem.set(texts.get(kind == ActivityKind.KANO || kind == ActivityKind.SERVQUAL ? "room.activity.noItems" : "room.activity.noTouchpoints"));
            return false;
        }
        problem.set("");
        session.get().state().open(next);
        activity.set(next);
        revealed.set(false);
        refresh();
        return true;
    }

    public ReadOnlyObjectProperty<Activity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Shows the result to the room and here. */
    public void reveal() {
        session.get().state().reveal(true);
        revealed.set(true);
        refresh();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** Reads the room's state again: who joined and finished, how many answers, and the result once revealed. */
    public void refresh() {
        RoomSession running = session.get();
        if (running == null) {
            return;
        }
        RoomLive live = running.state().live();
        pageLoads.set(texts.format("room.test.loads", running.pageLoads()));
        liveText.set(texts.format("room.live", live.people().size(), live.finished(), live.answers()));
        people.setAll(live.people().stream().map(p -> texts.format(p.finished() ? "room.person.finished" : "room.person.answering",
                p.name().isEmpty() ? texts.format("room.person.anonymous", RoomResults.groupName(document.get().current(), p.groupId())) : p.name(), p.answers())).toList());
        Activity open = activity.get();
        if (open == null || !revealed.get()) {
            results.clear();
            charted = null;
            chart.set(null);
            return;
        }
        RoomTally tally = running.state().tally(open.id());
        results.setAll(open.items().stream().map(item -> row(open.kind(), item, tally.item(item.id()))).toList());
        if (!tally.equals(charted)) { // drawn again only when an answer changed it
            charted = tally;
            chart.set(new RoomCharts(texts).of(open, tally));
        }
    }

    /** The revealed result as a chart with its text alternative; null while hidden. */
    ReadOnlyObjectProperty<RoomCharts.Shown> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    private ResultRow row(ActivityKind kind, ActivityItem item, RoomTally.ItemFigure f) {
        String figure = switch (kind) {
            case EMOTION, SERVQUAL -> f.mean() == null ? "–" : String.format(texts.language().locale(), "%+.1f", f.mean());
            case TRAITS -> f.mean() == null ? "–" : String.format(texts.language().locale(), "%.0f", f.mean());
            case DOTS, POLL -> String.valueOf(f.count() == null ? 0 : f.count());
            case KANO -> f.category();
        };
        String spread = f.spread() == null ? "" : String.format(texts.language().locale(), "%.1f", f.spread());
        return new ResultRow(item.label(), f.answers(), figure, spread);
    }

    public ReadOnlyStringProperty liveTextProperty() {
        return liveText.getReadOnlyProperty();
    }

    /**
     * "Test from your phone": how often the participant page was loaded. Opened on the facilitator's
     * own phone, it rises; if not, the network isolates devices or a firewall blocks the port.
     */
    public ReadOnlyStringProperty pageLoadsProperty() {
        return pageLoads.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<String> people() {
        return people;
    }

    public ObservableList<ResultRow> results() {
        return results;
    }

    /** The open activity's answers as a change to preview; anonymous records trait ratings per table group. */
    public PendingChange pendingChange(boolean anonymous) {
        RoomRecords records = new RoomRecords(session.get().state().snapshot(), activity.get().id());
        return RoomResults.of(document.get().current(), records, anonymous, texts);
    }

    /** Applies a previewed change as one undo step. */
    public void apply(PendingChange change) {
        change.applyTo(document.get());
    }
}
