package com.motstudio.ui.moments;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Ids;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.MomentUses;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.ui.common.PageEdits;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The Key moments page's state: who is rating, every touchpoint's ratings and votes, the trait
 * weights, and the team's decisions on candidates. Each command is one undo step; everything
 * shown follows the open document, also after undo and redo. Holds no controls.
 */
public final class MomentsViewModel {
    private final PageEdits edits;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Rater> raters = FXCollections.observableArrayList();
    private final ObservableList<Touchpoint> touchpoints = FXCollections.observableArrayList();
    private final ObjectProperty<String> raterId = new SimpleObjectProperty<>(this, "rater");

    public MomentsViewModel(WorkshopDocument document, Supplier<LocalDate> today) {
        this.edits = new PageEdits(document);
        this.today = today;
        edits.follow(this::refresh);
    }

    public void dispose() {
        edits.stop();
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() { return workshop.getReadOnlyProperty(); }
    /** Groups first (a room usually rates by table), then participants. */
    public ObservableList<Rater> raters() { return FXCollections.unmodifiableObservableList(raters); }
    /** Every touchpoint in journey order. */
    public ObservableList<Touchpoint> touchpoints() { return FXCollections.unmodifiableObservableList(touchpoints); }
    /** The rater whose ratings the grid enters. */
    public ObjectProperty<String> raterIdProperty() { return raterId; }

    public KeyMoments keyMoments() {
        return edits.current().keyMoments();
    }

    /** Adds a table group as a rater ("Group 4" named by the caller) and chooses it. */
    public void addGroup(String name) {
        ParticipantGroup group = new ParticipantGroup(Ids.next("gr"), name);
        edits.apply("moments.change.addGroup", w -> w.withInfo(w.info().withGroups(append(w.info().groups(), group))));
        raterId.set(group.id());
    }

    public Optional<Integer> rating(String touchpointId, Trait trait) {
        String rater = raterId.get();
        return rater == null ? Optional.empty() : RatingEdits.rating(keyMoments(), rater, touchpointId, trait);
    }

    /** The chosen rater's rating of a trait (1–5), or cleared with null. */
    public void rate(String touchpointId, Trait trait, Integer value) {
        String rater = raterId.get();
        if (rater != null) {
            moments("moments.change.rating", k -> RatingEdits.withRating(k, rater, touchpointId, trait, value));
        }
    }

    public double weight(Trait trait) {
        return RatingEdits.weight(keyMoments(), trait);
    }

    public void setWeight(Trait trait, double weight) {
        moments("moments.change.weight", k -> RatingEdits.withWeight(k, trait, weight));
    }

    /** Sets how many dots each participant has; votes already placed are kept. */
    public void setVotesPerParticipant(int dots) {
        moments("moments.change.votesPerParticipant", k -> k.withVotes(Math.clamp(dots, 0, 100), k.votes()));
    }

    /** The chosen rater's dots on a touchpoint (only participants vote); false when the dots would exceed the allowance. */
    public boolean vote(String touchpointId, int count) {
        String rater = raterId.get();
        if (rater == null || isGroup(rater)) {
            return false;
        }
        moments("moments.change.votes", k -> RatingEdits.withVotes(k, rater, touchpointId, count));
        return RatingEdits.votes(keyMoments(), rater, touchpointId) == Math.max(0, count);
    }

    public int votes(String touchpointId) {
        String rater = raterId.get();
        return rater == null ? 0 : RatingEdits.votes(keyMoments(), rater, touchpointId);
    }

    public int votesLeft() {
        String rater = raterId.get();
        return rater == null || isGroup(rater) ? 0 : keyMoments().votesPerParticipant() - RatingEdits.votesUsed(keyMoments(), rater);
    }

    public boolean isGroup(String rater) {
        return raters.stream().anyMatch(r -> r.id().equals(rater) && r.group());
    }

    public Optional<MomentOfTruth> moment(String touchpointId) {
        return Decisions.moment(keyMoments(), touchpointId);
    }

    public Optional<String> setAsideReason(String touchpointId) {
        return Decisions.rejection(keyMoments(), touchpointId).map(r -> r.reason());
    }

    public void confirm(String touchpointId, String reason) {
        moments("moments.change.confirm", k -> Decisions.confirm(k, touchpointId, reason.strip(), today.get()));
    }

    /** Records and plans that refer to this touchpoint's moment: while there are any, it stays a moment. */
    public long usesOfMoment(String touchpointId) {
        return moment(touchpointId).map(m -> MomentUses.count(edits.current(), m.id())).orElse(0L);
    }

    /** Sets the candidate aside with a reason; refused (false) while the plan refers to it as a moment. */
    public boolean setAside(String touchpointId, String reason) {
        if (usesOfMoment(touchpointId) > 0) {
            return false;
        }
        moments("moments.change.setAside", k -> Decisions.setAside(k, touchpointId, reason.strip()));
        return true;
    }

    /** Takes the decision back; refused (false) while the plan refers to it as a moment. */
    public boolean undecide(String touchpointId) {
        if (usesOfMoment(touchpointId) > 0) {
            return false;
        }
        moments("moments.change.undecide", k -> Decisions.undecide(k, touchpointId));
        return true;
    }

    public void moveMoment(String touchpointId, int delta) {
        moments("moments.change.moveMoment", k -> Decisions.move(k, touchpointId, delta));
    }

    /**
     * Tags touchpoints with the roles the data suggests (those not already set), in one undo step;
     * gives how many roles were added.
     */
    public int tagRoles(List<com.motstudio.method.RoleSuggestion> suggestions) {
        List<com.motstudio.method.RoleSuggestion> open = suggestions.stream().filter(r -> !r.alreadySet()).toList();
        if (open.isEmpty()) {
            return 0;
        }
        edits.apply("moments.change.tagRoles", w -> {
            com.motstudio.model.Journey journey = w.journey();
            for (var r : open) {
                journey = journey.withTouchpointChanged(r.touchpointId(), t -> {
                    java.util.Set<com.motstudio.model.TouchpointRole> roles = java.util.EnumSet.noneOf(com.motstudio.model.TouchpointRole.class);
                    roles.addAll(t.roles());
                    roles.add(r.role());
                    return t.withRoles(roles);
                });
            }
            return w.withJourney(journey);
        });
        return (int) open.stream().map(r -> r.touchpointId() + r.role()).distinct().count();
    }

    /** Runs a whole-workshop change (e.g. a survey import) as one undo step. */
    public void apply(String label, UnaryOperator<Workshop> change) {
        edits.apply(label, change);
    }

    private void moments(String label, UnaryOperator<KeyMoments> change) {
        edits.apply(label, w -> w.withKeyMoments(change.apply(w.keyMoments())));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return next;
    }

    private void refresh() {
        Workshop w = edits.current();
        List<Rater> now = new ArrayList<>();
        w.info().groups().forEach(g -> now.add(new Rater(g.id(), g.name(), true)));
        w.info().participants().forEach(p -> now.add(new Rater(p.id(), p.name(), false)));
        if (!raters.equals(now)) {
            raters.setAll(now);
        }
        if (now.stream().noneMatch(r -> r.id().equals(raterId.get()))) {
            raterId.set(now.isEmpty() ? null : now.getFirst().id());
        }
        List<Touchpoint> all = w.journey().touchpoints();
        if (!touchpoints.equals(all)) {
            touchpoints.setAll(all);
        }
        workshop.set(w);
    }
}
