package com.motstudio.ui.setup;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Ids;
import com.motstudio.model.Journey;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The list edits of the Workshop page — customer types, tiers, groups, participants — each one
 * undo step. Tier ranks are their positions, so reordering re-ranks them.
 */
public final class SetupLists {
    /** What removing a customer type would do. */
    public enum Removal { REMOVED, NEEDS_CONFIRMATION, LAST_ONE }

    private final WorkshopDocument document;
    private final StringProperty problem;

    SetupLists(WorkshopDocument document, StringProperty problem) {
        this.document = document;
        this.problem = problem;
    }

    public void addCustomerType(CustomerKind kind, String name) {
        document.apply("setup.change.customerTypes", w -> w.withCustomerTypes(
                append(w.customerTypes(), new CustomerType(Ids.next("ct"), kind, name, ""))));
    }

    public void updateCustomerType(CustomerType changed) {
        document.apply("setup.change.customerTypes", w -> w.withCustomerTypes(replaced(w.customerTypes(), changed, CustomerType::id)));
    }

    public void moveCustomerType(String id, int delta) {
        document.apply("setup.change.customerTypes", w -> w.withCustomerTypes(moved(w.customerTypes(), id, delta, CustomerType::id)));
    }

    /**
     * Removes a customer type and, in the same undo step, the emotion scores given for it. Asks for
     * confirmation first when there are such scores; the last type is never removed.
     */
    public Removal removeCustomerType(String id, boolean confirmed) {
        Workshop w = document.current();
        if (w.customerTypes().size() <= 1) {
            problem.set("setup.problem.lastCustomerType");
            return Removal.LAST_ONE;
        }
        boolean scored = w.journey().touchpoints().stream().anyMatch(t -> t.emotionOf(id).isPresent());
        if (scored && !confirmed) {
            return Removal.NEEDS_CONFIRMATION;
        }
        problem.set("");
        document.apply("setup.change.customerTypes", x -> x
                .withCustomerTypes(x.customerTypes().stream().filter(t -> !t.id().equals(id)).toList())
                .withJourney(withoutEmotionsOf(x.journey(), id)));
        return Removal.REMOVED;
    }

    public long emotionScoresOf(String customerTypeId) {
        return document.current().journey().touchpoints().stream().filter(t -> t.emotionOf(customerTypeId).isPresent()).count();
    }

    public void addTier(String name) {
        document.apply("setup.change.tiers", w -> w.withTiers(ranked(append(w.tiers(),
                new CustomerTier(Ids.next("ti"), name, w.tiers().size() + 1, null, null, "")))));
    }

    /** Updates a tier; shares must be between 0 and 100 % or the edit is refused with a problem. */
    public boolean updateTier(CustomerTier changed) {
        if (!isShare(changed.shareOfCustomers()) || !isShare(changed.shareOfValue())) {
            problem.set("setup.problem.share");
            return false;
        }
        problem.set("");
        document.apply("setup.change.tiers", w -> w.withTiers(ranked(replaced(w.tiers(), changed, CustomerTier::id))));
        return true;
    }

    public void moveTier(String id, int delta) {
        document.apply("setup.change.tiers", w -> w.withTiers(ranked(moved(w.tiers(), id, delta, CustomerTier::id))));
    }

    public void removeTier(String id) {
        document.apply("setup.change.tiers", w -> w.withTiers(ranked(w.tiers().stream().filter(t -> !t.id().equals(id)).toList())));
    }

    public void addGroup(String name) {
        info("setup.change.groups", w -> w.withInfo(w.info().withGroups(append(w.info().groups(), new ParticipantGroup(Ids.next("gr"), name)))));
    }

    public void updateGroup(ParticipantGroup changed) {
        info("setup.change.groups", w -> w.withInfo(w.info().withGroups(replaced(w.info().groups(), changed, ParticipantGroup::id))));
    }

    /** Removes a group; its participants stay, with no group. */
    public void removeGroup(String id) {
        info("setup.change.groups", w -> w.withInfo(w.info()
                .withGroups(w.info().groups().stream().filter(g -> !g.id().equals(id)).toList())
                .withParticipants(w.info().participants().stream()
                        .map(p -> p.groupId().equals(id) ? new Participant(p.id(), p.name(), "", p.role()) : p).toList())));
    }

    public void addParticipant(String name) {
        info("setup.change.participants", w -> w.withInfo(w.info().withParticipants(
                append(w.info().participants(), new Participant(Ids.next("pa"), name, "", "")))));
    }

    public void updateParticipant(Participant changed) {
        info("setup.change.participants", w -> w.withInfo(w.info().withParticipants(replaced(w.info().participants(), changed, Participant::id))));
    }

    public void removeParticipant(String id) {
        info("setup.change.participants", w -> w.withInfo(w.info().withParticipants(
                w.info().participants().stream().filter(p -> !p.id().equals(id)).toList())));
    }

    private void info(String label, UnaryOperator<Workshop> change) {
        document.apply(label, change);
    }

    private static boolean isShare(Double value) {
        return value == null || (!value.isNaN() && value >= 0 && value <= 100);
    }

    private static Journey withoutEmotionsOf(Journey journey, String customerTypeId) {
        return new Journey(journey.stages().stream().map(s -> s.withTouchpoints(s.touchpoints().stream()
                .map(t -> new com.motstudio.model.Touchpoint(t.id(), t.name(), t.description(), t.channel(), t.phase(),
                        t.category(), t.roles(), t.ownerDepartment(), t.customerAction(),
                        t.emotions().stream().filter(e -> !e.customerTypeId().equals(customerTypeId)).toList(),
                        t.painPoints(), t.opportunities(), t.evidence())).toList())).toList());
    }

    private static List<CustomerTier> ranked(List<CustomerTier> tiers) {
        List<CustomerTier> ranked = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            CustomerTier t = tiers.get(i);
            ranked.add(new CustomerTier(t.id(), t.name(), i + 1, t.shareOfCustomers(), t.shareOfValue(), t.description()));
        }
        return ranked;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> replaced(List<T> list, T changed, Function<T, String> id) {
        return list.stream().map(x -> id.apply(x).equals(id.apply(changed)) ? changed : x).toList();
    }

    private static <T> List<T> moved(List<T> list, String movingId, int delta, Function<T, String> id) {
        List<T> copy = new ArrayList<>(list);
        for (int i = 0; i < copy.size(); i++) {
            if (id.apply(copy.get(i)).equals(movingId)) {
                int to = Math.max(0, Math.min(copy.size() - 1, i + delta));
                copy.add(to, copy.remove(i));
                break;
            }
        }
        return copy;
    }
}
