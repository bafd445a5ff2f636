package com.motstudio.ui.setup;

import com.motstudio.ui.common.PageEdits;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Ids;
import com.motstudio.model.Journey;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * The customer types whose journeys the workshop follows, as the setup page edits them. A workshop
 * always keeps at least one, and removing one also removes the emotion scores given for it, so
 * the file never refers to a type that is gone.
 */
public final class CustomerTypesModel {
    /** What became of a request to remove a customer type. */
    public enum Removal { REMOVED, KEPT, LAST_ONE }

    private static final String CHANGE = "setup.change.customerTypes";
    private final PageEdits edits;
    private final ObservableList<CustomerType> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    CustomerTypesModel(PageEdits edits) {
        this.edits = edits;
    }

    public ObservableList<CustomerType> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** A text key explaining why the last request was refused, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds a customer type at the end and returns its id. */
    public String add(CustomerKind kind, String name) {
        String id = Ids.next("ct");
        problem.set("");
        edits.apply("setup.change.addCustomerType", w -> w.withCustomerTypes(
                ListEdits.append(w.customerTypes(), new CustomerType(id, kind, name.strip(), ""))));
        return id;
    }

    public void setKind(String id, CustomerKind kind) {
        if (kind != null) {
            update(id, t -> new CustomerType(t.id(), kind, t.name(), t.description()));
        }
    }

    public void setName(String id, String name) {
        update(id, t -> new CustomerType(t.id(), t.kind(), name.strip(), t.description()));
    }

    public void setDescription(String id, String description) {
        update(id, t -> new CustomerType(t.id(), t.kind(), t.name(), description.strip()));
    }

    public void move(String id, int delta) {
        edits.apply("setup.change.moveCustomerType", w -> w.withCustomerTypes(ListEdits.move(w.customerTypes(), CustomerType::id, id, delta)));
    }

    /** How many touchpoints hold an emotion score for this customer type. */
    public int emotionScoreCount(String id) {
        return (int) edits.current().journey().touchpoints().stream().filter(t -> t.emotionOf(id).isPresent()).count();
    }

    /**
     * Removes a customer type and, in the same undo step, its emotion scores. When there are scores,
     * {@code confirm} is asked first (given their number); the last type is never removed.
     */
    public Removal remove(String id, IntPredicate confirm) {
        Workshop w = edits.current();
        if (!ListEdits.contains(w.customerTypes(), CustomerType::id, id)) {
            return Removal.KEPT;
        }
        if (w.customerTypes().size() <= 1) {
            problem.set("setup.customerTypes.lastOne");
            return Removal.LAST_ONE;
        }
        problem.set("");
        int scores = emotionScoreCount(id);
        if (scores > 0 && !confirm.test(scores)) {
            return Removal.KEPT;
        }
        edits.apply("setup.change.removeCustomerType", x -> x
                .withCustomerTypes(ListEdits.remove(x.customerTypes(), CustomerType::id, id))
                .withJourney(withoutScoresOf(x.journey(), id)));
        return Removal.REMOVED;
    }

    void refresh(List<CustomerType> types) {
        if (!items.equals(types)) {
            items.setAll(types);
        }
    }

    private void update(String id, UnaryOperator<CustomerType> change) {
        problem.set("");
        edits.apply(CHANGE, w -> w.withCustomerTypes(ListEdits.update(w.customerTypes(), CustomerType::id, id, change)));
    }

    private static Journey withoutScoresOf(Journey journey, String typeId) {
        return new Journey(journey.stages().stream().map(stage -> stage.withTouchpoints(
                stage.touchpoints().stream().map(t -> withoutScoreOf(t, typeId)).toList())).toList());
    }

    private static Touchpoint withoutScoreOf(Touchpoint t, String typeId) {
        if (t.emotionOf(typeId).isEmpty()) {
            return t;
        }
        return new Touchpoint(t.id(), t.name(), t.description(), t.channel(), t.phase(), t.category(), t.roles(),
                t.ownerDepartment(), t.customerAction(),
                t.emotions().stream().filter(e -> !e.customerTypeId().equals(typeId)).toList(),
                t.painPoints(), t.opportunities(), t.evidence());
    }
}
