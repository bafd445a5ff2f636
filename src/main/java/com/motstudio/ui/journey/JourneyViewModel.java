package com.motstudio.ui.journey;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Ids;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointUses;
import com.motstudio.model.Workshop;
import com.motstudio.ui.common.PageEdits;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Journey page's state: the stages, the touchpoints of the chosen stage, the chosen
 * touchpoint, and which customer types' emotions are shown (one, or two to compare). Every command
 * is one undo step; the lists always show the open document, also after undo and redo. Holds no
 * controls, so it is tested without the FX thread.
 */
public final class JourneyViewModel {
    private final PageEdits edits;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Stage> stages = FXCollections.observableArrayList();
    private final ObservableList<Touchpoint> touchpoints = FXCollections.observableArrayList();
    private final ObservableList<CustomerType> customerTypes = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedStageId = new SimpleObjectProperty<>(this, "selectedStage");
    private final ObjectProperty<String> selectedTouchpointId = new SimpleObjectProperty<>(this, "selectedTouchpoint");
    private final ReadOnlyObjectWrapper<Touchpoint> selectedTouchpoint = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> shownTypeId = new SimpleObjectProperty<>(this, "shownType");
    private final ObjectProperty<String> compareTypeId = new SimpleObjectProperty<>(this, "compareType");
    private Stage shownStage;

    public JourneyViewModel(WorkshopDocument document) {
        edits = new PageEdits(document);
        selectedStageId.addListener((o, a, b) -> showStage());
        selectedTouchpointId.addListener((o, a, b) -> showTouchpoint());
        edits.follow(this::refresh);
    }

    public void dispose() {
        edits.stop();
    }

    /** The whole workshop, for the map. */
    public ReadOnlyObjectProperty<Workshop> workshopProperty() { return workshop.getReadOnlyProperty(); }
    public ObservableList<Stage> stages() { return FXCollections.unmodifiableObservableList(stages); }
    /** The touchpoints of the selected stage, in order. */
    public ObservableList<Touchpoint> touchpoints() { return FXCollections.unmodifiableObservableList(touchpoints); }
    public ObservableList<CustomerType> customerTypes() { return FXCollections.unmodifiableObservableList(customerTypes); }
    public ObjectProperty<String> selectedStageIdProperty() { return selectedStageId; }
    public ObjectProperty<String> selectedTouchpointIdProperty() { return selectedTouchpointId; }
    public ReadOnlyObjectProperty<Touchpoint> selectedTouchpointProperty() { return selectedTouchpoint.getReadOnlyProperty(); }
    /** The customer type whose emotions the table shows and the keys set. */
    public ObjectProperty<String> shownTypeIdProperty() { return shownTypeId; }
    /** A second customer type drawn on the map for comparison, or null. */
    public ObjectProperty<String> compareTypeIdProperty() { return compareTypeId; }

    public Journey journey() {
        return edits.current().journey();
    }

    /** Selects a touchpoint and the stage it is in (e.g. clicked on the map). */
    public void moveSelection(String stageId, String touchpointId) {
        selectedStageId.set(stageId);
        selectedTouchpointId.set(touchpointId);
    }

    /** Adds a stage after the selected one (or at the end) and selects it. */
    public void addStage(String name) {
        Stage stage = new Stage(Ids.next("st"), name.strip(), "", List.of());
        int at = indexOfStage(selectedStageId.get()) + 1;
        journey("journey.change.addStage", j -> j.withStageAt(at == 0 ? j.stages().size() : at, stage));
        selectedStageId.set(stage.id());
    }

    public void renameStage(String stageId, String name) {
        if (!name.isBlank()) {
            journey("journey.change.renameStage", j -> j.withStageChanged(stageId, s -> s.withName(name.strip())));
        }
    }

    public void describeStage(String stageId, String description) {
        journey("journey.change.describeStage", j -> j.withStageChanged(stageId, s -> s.withDescription(description.strip())));
    }

    /** Moves a stage to {@code index} of the journey. */
    public void moveStage(String stageId, int index) {
        journey("journey.change.moveStage", j -> j.withStageMoved(stageId, index));
    }

    /** Records that refer to the stage's touchpoints; a stage with uses cannot be deleted. */
    public long usesOfStage(String stageId) {
        return journey().stage(stageId).map(s -> TouchpointUses.count(edits.current(),
                s.touchpoints().stream().map(Touchpoint::id).toList())).orElse(0L);
    }

    public long usesOfTouchpoint(String touchpointId) {
        return TouchpointUses.count(edits.current(), List.of(touchpointId));
    }

    /** Deletes a stage and its touchpoints; refused (false) while later steps refer to them. */
    public boolean deleteStage(String stageId) {
        if (usesOfStage(stageId) > 0) {
            return false;
        }
        int at = indexOfStage(stageId);
        List<String> gone = journey().stage(stageId).map(s -> s.touchpoints().stream().map(Touchpoint::id).toList()).orElse(List.of());
        edits.apply("journey.change.deleteStage", w -> withoutRejectionsOf(w.withJourney(w.journey().withoutStage(stageId)), gone));
        List<Stage> left = journey().stages();
        selectedStageId.set(left.isEmpty() ? null : left.get(Math.clamp(at, 0, left.size() - 1)).id());
        return true;
    }

    /** Adds a touchpoint at the end of the selected stage (making a first stage when there is none) and selects it. */
    public Optional<String> addTouchpoint(String name, String firstStageName) {
        if (name.isBlank()) {
            return Optional.empty();
        }
        if (selectedStageId.get() == null || journey().stage(selectedStageId.get()).isEmpty()) {
            addStage(firstStageName);
        }
        String stageId = selectedStageId.get();
        Touchpoint touchpoint = Touchpoint.named(Ids.next("tp"), name.strip());
        journey("journey.change.addTouchpoint", j -> j.withTouchpointAt(stageId, Integer.MAX_VALUE, touchpoint));
        selectedTouchpointId.set(touchpoint.id());
        return Optional.of(touchpoint.id());
    }

    /** Changes the selected touchpoint as one undo step named by {@code label}. */
    public void change(String label, UnaryOperator<Touchpoint> change) {
        change(selectedTouchpointId.get(), label, change);
    }

    /** Changes a touchpoint as one undo step (the form commits to the one it showed, even after the selection moved on). */
    public void change(String touchpointId, String label, UnaryOperator<Touchpoint> change) {
        if (touchpointId != null) {
            journey(label, j -> j.withTouchpointChanged(touchpointId, change));
        }
    }

    /** Sets (or with null clears) a customer type's emotion at the selected touchpoint. */
    public void setEmotion(String customerTypeId, Integer score) {
        if (customerTypeId != null) {
            change("journey.change.emotion", t -> t.withEmotion(customerTypeId, score));
        }
    }

    /** Moves the selected touchpoint {@code delta} places within its stage. */
    public void moveTouchpoint(int delta) {
        String id = selectedTouchpointId.get();
        String stageId = selectedStageId.get();
        int at = indexOfTouchpoint(id);
        if (id != null && at >= 0) {
            journey("journey.change.moveTouchpoint", j -> j.withTouchpointMoved(id, stageId, Math.max(0, at + delta)));
        }
    }

    /** Moves the selected touchpoint to the previous ({@code -1}) or next ({@code +1}) stage, keeping its place, and follows it. */
    public void moveTouchpointToNeighbourStage(int delta) {
        int stage = indexOfStage(selectedStageId.get());
        int target = stage + delta;
        if (stage >= 0 && target >= 0 && target < stages.size()) {
            moveTouchpointTo(selectedTouchpointId.get(), stages.get(target).id(), Math.max(0, indexOfTouchpoint(selectedTouchpointId.get())));
        }
    }

    /** Moves a touchpoint to {@code index} of a stage (dragged there), and shows it there. */
    public void moveTouchpointTo(String touchpointId, String stageId, int index) {
        if (touchpointId == null || stageId == null) {
            return;
        }
        journey("journey.change.moveTouchpoint", j -> j.withTouchpointMoved(touchpointId, stageId, index));
        selectedStageId.set(stageId);
        selectedTouchpointId.set(touchpointId);
    }

    /** Puts a copy (new id, given name) right after the selected touchpoint and selects it. */
    public void duplicateTouchpoint(String copyName) {
        Touchpoint original = selectedTouchpoint.get();
        if (original != null) {
            Touchpoint copy = original.withId(Ids.next("tp")).withName(copyName);
            int at = indexOfTouchpoint(original.id()) + 1;
            String stageId = selectedStageId.get();
            journey("journey.change.duplicateTouchpoint", j -> j.withTouchpointAt(stageId, at, copy));
            selectedTouchpointId.set(copy.id());
        }
    }

    /** Deletes the selected touchpoint; refused (false) while later steps refer to it. */
    public boolean deleteTouchpoint() {
        String id = selectedTouchpointId.get();
        if (id == null || usesOfTouchpoint(id) > 0) {
            return id == null;
        }
        int at = indexOfTouchpoint(id);
        edits.apply("journey.change.deleteTouchpoint", w -> withoutRejectionsOf(w.withJourney(w.journey().withoutTouchpoint(id)), List.of(id)));
        selectedTouchpointId.set(touchpoints.isEmpty() ? null : touchpoints.get(Math.clamp(at, 0, touchpoints.size() - 1)).id());
        return true;
    }

    /** Runs a whole-workshop change (e.g. an import) as one undo step. */
    public void apply(String label, UnaryOperator<Workshop> change) {
        edits.apply(label, change);
    }

    /** A deleted touchpoint takes the team's note of why it was set aside with it. */
    private static Workshop withoutRejectionsOf(Workshop w, List<String> touchpointIds) {
        var k = w.keyMoments();
        return w.withKeyMoments(k.withRejections(k.rejections().stream().filter(r -> !touchpointIds.contains(r.touchpointId())).toList()));
    }

    private void journey(String label, UnaryOperator<Journey> change) {
        edits.apply(label, w -> w.withJourney(change.apply(w.journey())));
    }

    private int indexOfStage(String stageId) {
        return indexOf(stages, Stage::id, stageId);
    }

    private int indexOfTouchpoint(String touchpointId) {
        return indexOf(touchpoints, Touchpoint::id, touchpointId);
    }

    private static <T> int indexOf(List<T> items, java.util.function.Function<T, String> idOf, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refresh() {
        Workshop w = edits.current();
        workshop.set(w);
        if (!customerTypes.equals(w.customerTypes())) {
            customerTypes.setAll(w.customerTypes());
        }
        if (w.customerTypes().stream().noneMatch(t -> t.id().equals(shownTypeId.get()))) {
            shownTypeId.set(w.customerTypes().isEmpty() ? null : w.customerTypes().getFirst().id());
        }
        if (w.customerTypes().stream().noneMatch(t -> t.id().equals(compareTypeId.get()))) {
            compareTypeId.set(null);
        }
        List<Stage> now = w.journey().stages();
        if (!sameObjects(stages, now)) {
            // a list view showing these items moves its selection while they change (and so the
            // touchpoint shown): keep ours, stage and touchpoint
            String keepStage = selectedStageId.get();
            String keepTouchpoint = selectedTouchpointId.get();
            stages.setAll(now);
            selectedStageId.set(keepStage);
            if (w.journey().stageOf(keepTouchpoint).map(s -> s.id().equals(keepStage)).orElse(false)) {
                showStage();
                selectedTouchpointId.set(keepTouchpoint);
            }
        }
        if (now.stream().noneMatch(s -> s.id().equals(selectedStageId.get()))) {
            selectedStageId.set(now.isEmpty() ? null : now.getFirst().id());
        }
        showStage();
    }

    private void showStage() {
        Stage stage = journey().stage(selectedStageId.get()).orElse(null);
        if (stage != shownStage) {
            shownStage = stage;
            List<Touchpoint> shown = stage == null ? List.of() : stage.touchpoints();
            if (!sameObjects(touchpoints, shown)) {
                String keep = selectedTouchpointId.get();
                touchpoints.setAll(shown);
                selectedTouchpointId.set(keep);
            }
        }
        if (touchpoints.stream().noneMatch(t -> t.id().equals(selectedTouchpointId.get()))) {
            selectedTouchpointId.set(touchpoints.isEmpty() ? null : touchpoints.getFirst().id());
        }
        showTouchpoint();
    }

    private void showTouchpoint() {
        String id = selectedTouchpointId.get();
        selectedTouchpoint.set(id == null ? null : touchpoints.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null));
    }

    private static <T> boolean sameObjects(List<T> a, List<T> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
