package com.motstudio.ui.plan;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.plan.PlanChecks;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.model.ActionType;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Ids;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.StandardLibrary;
import com.motstudio.ui.common.PageEdits;
import com.motstudio.ui.plan.PlanChanges.MomentField;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The Plan page's state: the confirmed moments with their needs, scripts and service standards,
 * the improvement actions, the KPIs, and the planning warnings as of today. Each command is one
 * undo step; everything follows the open document, also after undo and redo. Holds no controls.
 */
public final class PlanViewModel {
    private final PageEdits edits;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MomentOfTruth> moments = FXCollections.observableArrayList();
    private final ObservableList<PlanWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();

    public PlanViewModel(WorkshopDocument document, Supplier<LocalDate> today) {
        this.edits = new PageEdits(document);
        this.today = today;
        edits.follow(this::refresh);
    }

    public void dispose() {
        edits.stop();
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() { return workshop.getReadOnlyProperty(); }
    /** The confirmed moments in the team's order. */
    public ObservableList<MomentOfTruth> moments() { return FXCollections.unmodifiableObservableList(moments); }
    public ObservableList<PlanWarning> warnings() { return FXCollections.unmodifiableObservableList(warnings); }
    /** Everyone who owns an action or takes part, sorted: typed once, chosen after. */
    public ObservableList<String> owners() { return FXCollections.unmodifiableObservableList(owners); }
    public ObservableList<String> departments() { return FXCollections.unmodifiableObservableList(departments); }

    public LocalDate today() {
        return today.get();
    }

    public Plan plan() {
        return edits.current().plan();
    }

    /** The moment's touchpoint name ("" when the touchpoint is gone). */
    public String momentName(String momentId) {
        Workshop w = edits.current();
        return w.keyMoments().moments().stream().filter(m -> m.id().equals(momentId)).findFirst()
                .flatMap(m -> w.journey().touchpoint(m.touchpointId())).map(Touchpoint::name).orElse("");
    }

    public Optional<MomentOfTruth> moment(String momentId) {
        return moments.stream().filter(m -> m.id().equals(momentId)).findFirst();
    }

    public void setMoment(String momentId, MomentField field, String text) {
        edits.apply("plan.change.moment", w -> w.withKeyMoments(w.keyMoments().withMoments(
                PlanChanges.replace(w.keyMoments().moments(), m -> m.id().equals(momentId), m -> PlanChanges.with(m, field, text.strip())))));
    }

    // --- service standards

    public List<ServiceStandard> standards(String momentId) {
        return plan().standards().stream().filter(s -> s.momentId().equals(momentId)).toList();
    }

    /** A new standard for the moment with one empty checklist item; answers the item's id. */
    public String addStandard(String momentId, String title) {
        ChecklistItem item = new ChecklistItem(Ids.next("ci"), "", "", CheckMethod.OBSERVATION);
        ServiceStandard s = new ServiceStandard(Ids.next("ss"), momentId, title.strip(), List.of(item));
        plan("plan.change.addStandard", p -> PlanChanges.standards(p, list -> PlanChanges.append(list, s)));
        return item.id();
    }

    /** A copy of a library standard for the moment; answers its id. */
    public String insertStandard(String momentId, StandardLibrary.Standard example) {
        ServiceStandard s = example.forMoment(momentId);
        plan("plan.change.insertStandard", p -> PlanChanges.standards(p, list -> PlanChanges.append(list, s)));
        return s.id();
    }

    public void renameStandard(String standardId, String title) {
        standard("plan.change.standardTitle", standardId, s -> PlanChanges.title(s, title.strip()));
    }

    public void removeStandard(String standardId) {
        plan("plan.change.removeStandard", p -> PlanChanges.standards(p, list -> PlanChanges.without(list, s -> s.id().equals(standardId))));
    }

    /** A new empty item after {@code afterItemId} (at the end when null); answers its id. */
    public String addItem(String standardId, String afterItemId) {
        ChecklistItem item = new ChecklistItem(Ids.next("ci"), "", "", CheckMethod.OBSERVATION);
        standard("plan.change.addItem", standardId, s -> PlanChanges.items(s,
                items -> PlanChanges.insertAfter(items, i -> i.id().equals(afterItemId), item)));
        return item.id();
    }

    public void updateItem(String standardId, String itemId, UnaryOperator<ChecklistItem> change) {
        standard("plan.change.item", standardId, s -> PlanChanges.items(s, items -> PlanChanges.replace(items, i -> i.id().equals(itemId), change)));
    }

    public void removeItem(String standardId, String itemId) {
        standard("plan.change.removeItem", standardId, s -> PlanChanges.items(s, items -> PlanChanges.without(items, i -> i.id().equals(itemId))));
    }

    public void moveItem(String standardId, String itemId, int delta) {
        standard("plan.change.moveItem", standardId, s -> PlanChanges.items(s, items -> PlanChanges.move(items, i -> i.id().equals(itemId), delta)));
    }

    // --- actions

    public Optional<ImprovementAction> action(String actionId) {
        return plan().actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
    }

    /** A new planned action, linked to the moment when one is given; answers its id. */
    public String addAction(String title, String momentId) {
        ImprovementAction a = new ImprovementAction(Ids.next("ac"), title.strip(), ActionType.MICRO_DETAIL, "",
                momentId == null ? List.of() : List.of(momentId), List.of(), "", "", null, null, null, null, "", null);
        plan("plan.change.addAction", p -> PlanChanges.actions(p, list -> PlanChanges.append(list, a)));
        return a.id();
    }

    /** Changes one action; {@code label} names the change for undo. */
    public void updateAction(String actionId, UnaryOperator<ImprovementAction> change) {
        plan("plan.change.action", p -> PlanChanges.actions(p, list -> PlanChanges.replace(list, a -> a.id().equals(actionId), change)));
    }

    /** Effort and impact (1–5 each), as the matrix sets them. */
    public void setRatings(String actionId, int effort, int impact) {
        plan("plan.change.ratings", p -> PlanChanges.actions(p, list -> PlanChanges.replace(list, a -> a.id().equals(actionId),
                a -> PlanChanges.ratings(a, Math.clamp(effort, 1, 5), Math.clamp(impact, 1, 5)))));
    }

    public void removeAction(String actionId) {
        plan("plan.change.removeAction", p -> PlanChanges.actions(p, list -> PlanChanges.without(list, a -> a.id().equals(actionId))));
    }

    // --- KPIs

    public Optional<Kpi> kpi(String kpiId) {
        return plan().kpis().stream().filter(k -> k.id().equals(kpiId)).findFirst();
    }

    public String addKpi(String name, String momentId) {
        Kpi k = new Kpi(Ids.next("kpi"), name.strip(), "", null, null, null, null, "", momentId == null ? List.of() : List.of(momentId));
        plan("plan.change.addKpi", p -> PlanChanges.kpis(p, list -> PlanChanges.append(list, k)));
        return k.id();
    }

    public String insertKpi(StandardLibrary.KpiExample example, String momentId) {
        Kpi k = example.forMoments(momentId == null ? List.of() : List.of(momentId));
        plan("plan.change.addKpi", p -> PlanChanges.kpis(p, list -> PlanChanges.append(list, k)));
        return k.id();
    }

    public void updateKpi(String kpiId, UnaryOperator<Kpi> change) {
        plan("plan.change.kpi", p -> PlanChanges.kpis(p, list -> PlanChanges.replace(list, k -> k.id().equals(kpiId), change)));
    }

    public void removeKpi(String kpiId) {
        plan("plan.change.removeKpi", p -> PlanChanges.kpis(p, list -> PlanChanges.without(list, k -> k.id().equals(kpiId))));
    }

    private void standard(String label, String standardId, UnaryOperator<ServiceStandard> change) {
        plan(label, p -> PlanChanges.standards(p, list -> PlanChanges.replace(list, s -> s.id().equals(standardId), change)));
    }

    private void plan(String label, UnaryOperator<Plan> change) {
        edits.apply(label, w -> w.withPlan(change.apply(w.plan())));
    }

    private void refresh() {
        Workshop w = edits.current();
        if (!moments.equals(w.keyMoments().moments())) {
            moments.setAll(w.keyMoments().moments());
        }
        List<PlanWarning> now = PlanChecks.check(w, today.get());
        if (!warnings.equals(now)) {
            warnings.setAll(now);
        }
        List<String> people = distinct(Stream.concat(w.plan().actions().stream().map(ImprovementAction::ownerPerson),
                w.info().participants().stream().map(p -> p.name())));
        if (!owners.equals(people)) {
            owners.setAll(people);
        }
        List<String> units = distinct(w.plan().actions().stream().map(ImprovementAction::ownerDepartment));
        if (!departments.equals(units)) {
            departments.setAll(units);
        }
        workshop.set(w);
    }

    private static List<String> distinct(Stream<String> names) {
        return List.copyOf(names.map(String::strip).filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
