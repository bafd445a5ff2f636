package com.motstudio.ui.plan;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.method.plan.PlanWarning.Kind;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.store.StandardLibrary;
import com.motstudio.text.Language;
import com.motstudio.ui.plan.PlanChanges.MomentField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Plan page's view model, without the FX thread. */
class PlanViewModelTest {
    private final WorkshopDocument document = new WorkshopDocument(PlanFixtures.governmentWithFiveMoments(Language.ENGLISH), null);
    private final PlanViewModel vm = new PlanViewModel(document, () -> PlanFixtures.TODAY);

    @Test
    void fiveMomentsStartWithTwoWarningsEach() {
        assertThat(vm.moments()).hasSize(5);
        assertThat(vm.warnings()).hasSize(10).allMatch(w -> w.kind().aboutMoment());
        assertThat(vm.momentName("mo-queue")).isEqualTo("Queue calls and waiting time");
    }

    @Test
    void aLibraryStandardClearsItsWarningAndUndoBringsItBack() {
        StandardLibrary.Standard once = StandardLibrary.standards("government", Language.ENGLISH).get(1);
        vm.insertStandard("mo-check", once);
        assertThat(vm.standards("mo-check")).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Tell everything at once");
            assertThat(s.items()).hasSize(3);
        });
        assertThat(vm.warnings()).doesNotContain(PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-check")).hasSize(9);
        assertThat(document.undoLabel()).contains("plan.change.insertStandard");
        document.undo();
        assertThat(vm.standards("mo-check")).isEmpty();
        assertThat(vm.warnings()).contains(PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-check"));
    }

    @Test
    void checklistItemsAreAddedAfterTheOneTypedAndMoved() {
        String first = vm.addItem(standardId(vm.addStandard("mo-reception", "  Greeting  ")), null);
        String standard = vm.standards("mo-reception").getFirst().id();
        String empty = vm.standards("mo-reception").getFirst().items().getFirst().id();
        vm.updateItem(standard, empty, i -> new ChecklistItem(i.id(), "Greets", "within 10 s", i.method()));
        String second = vm.addItem(standard, empty);
        assertThat(vm.standards("mo-reception").getFirst().title()).isEqualTo("Greeting");
        assertThat(vm.standards("mo-reception").getFirst().items()).extracting(ChecklistItem::id).containsExactly(empty, second, first);
        vm.moveItem(standard, first, -5);
        assertThat(vm.standards("mo-reception").getFirst().items()).extracting(ChecklistItem::id).containsExactly(first, empty, second);
        vm.removeItem(standard, second);
        assertThat(vm.standards("mo-reception").getFirst().items()).extracting(ChecklistItem::behaviour).containsExactly("", "Greets");
    }

    @Test
    void anActionNeedsAnOwnerAndADateAndOwnersAreOfferedAgain() {
        String id = vm.addAction(" Queue display ", "mo-queue");
        assertThat(vm.action(id)).get().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Queue display");
            assertThat(a.momentIds()).containsExactly("mo-queue");
            assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
        });
        assertThat(vm.warnings()).contains(PlanWarning.of(Kind.ACTION_WITHOUT_OWNER, id), PlanWarning.of(Kind.ACTION_WITHOUT_DUE_DATE, id))
                .doesNotContain(PlanWarning.of(Kind.MOMENT_WITHOUT_ACTION, "mo-queue"));
        vm.updateAction(id, a -> PlanChanges.department(PlanChanges.owner(a, "Wang Li"), "Front office"));
        vm.updateAction(id, a -> PlanChanges.due(a, PlanFixtures.TODAY.minusDays(2)));
        assertThat(vm.warnings()).doesNotContain(PlanWarning.of(Kind.ACTION_WITHOUT_OWNER, id))
                .contains(PlanWarning.of(Kind.ACTION_OVERDUE, id));
        assertThat(vm.owners()).contains("Wang Li");
        assertThat(vm.departments()).containsExactly("Front office");
        vm.updateAction(id, a -> PlanChanges.status(a, ActionStatus.DONE));
        assertThat(vm.warnings()).doesNotContain(PlanWarning.of(Kind.ACTION_OVERDUE, id));
    }

    @Test
    void ratingsFromTheMatrixAreKeptWithinOneToFive() {
        String id = vm.addAction("Pens at the counter", "mo-check");
        vm.setRatings(id, 0, 9);
        assertThat(vm.action(id)).get().extracting(ImprovementAction::effort, ImprovementAction::impact).containsExactly(1, 5);
        vm.setRatings(id, 4, 2);
        assertThat(vm.action(id)).get().extracting(ImprovementAction::effort, ImprovementAction::impact).containsExactly(4, 2);
        assertThat(document.undoLabel()).contains("plan.change.ratings");
    }

    @Test
    void kpiExamplesNeedTheirFigures() {
        StandardLibrary.KpiExample wait = StandardLibrary.kpis("government", Language.ENGLISH).stream()
                .filter(k -> k.name().equals("Average waiting time")).findFirst().orElseThrow();
        String id = vm.insertKpi(wait, "mo-queue");
        assertThat(vm.kpi(id)).get().extracting(Kpi::momentIds).isEqualTo(List.of("mo-queue"));
        assertThat(vm.warnings()).contains(PlanWarning.of(Kind.KPI_WITHOUT_BASELINE, id), PlanWarning.of(Kind.KPI_WITHOUT_TARGET, id));
        vm.updateKpi(id, k -> PlanChanges.target(PlanChanges.baseline(k, 25.0), 15.0));
        assertThat(vm.warnings()).noneMatch(w -> w.subject().equals(id));
    }

    @Test
    void momentTextsAreStoredStripped() {
        vm.setMoment("mo-check", MomentField.CORE_NEED, "  Told everything once  ");
        vm.setMoment("mo-check", MomentField.COMPLAINT_SCRIPT, "Apologise, own it, fix it");
        assertThat(vm.moment("mo-check")).get().satisfies(m -> {
            assertThat(m.coreNeed()).isEqualTo("Told everything once");
            assertThat(m.complaintScript()).isEqualTo("Apologise, own it, fix it");
        });
    }

    @Test
    void everythingThePagePlansSurvivesSaveAndOpen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        vm.setMoment("mo-check", MomentField.CORE_NEED, "Told everything once");
        document.apply("test", w -> w.withKeyMoments(w.keyMoments().withKano(new com.motstudio.model.KanoSurvey(
                com.motstudio.store.KanoNeeds.example(Language.ENGLISH, w.journey()), List.of()))));
        vm.setMoment("mo-check", MomentField.KANO_NEED, document.current().keyMoments().kano().needs().getFirst().id());
        vm.setMoment("mo-check", MomentField.TODAY, "Comes back twice");
        vm.setMoment("mo-check", MomentField.WANTED, "Done in one visit");
        vm.setMoment("mo-check", MomentField.SERVICE_SCRIPT, "Here is everything you need");
        vm.setMoment("mo-check", MomentField.COMPLAINT_SCRIPT, "I am sorry; I will fix it today");
        vm.insertStandard("mo-check", StandardLibrary.standards("government", Language.ENGLISH).get(1));
        String kpi = vm.insertKpi(StandardLibrary.kpis("government", Language.ENGLISH).getFirst(), "mo-check");
        vm.updateKpi(kpi, k -> PlanChanges.targetDate(PlanChanges.target(PlanChanges.baseline(k, 96.5), 99.0), PlanFixtures.TODAY));
        String id = vm.addAction("Notice card", "mo-check");
        vm.updateAction(id, a -> PlanChanges.status(PlanChanges.cost(PlanChanges.description(PlanChanges.kpis(PlanChanges.type(
                PlanChanges.department(PlanChanges.owner(PlanChanges.due(PlanChanges.start(a, PlanFixtures.TODAY),
                        PlanFixtures.TODAY.plusDays(9)), "Wang"), "Front office"), com.motstudio.model.ActionType.TRAINING),
                List.of(kpi)), "Cards at every window"), "800 yuan"), ActionStatus.BLOCKED));
        vm.setRatings(id, 2, 5);
        java.nio.file.Path file = folder.resolve("plan.mot.json");
        com.motstudio.store.WorkshopStore store = new com.motstudio.store.WorkshopStore();
        store.save(document.current(), file, null);
        assertThat(((com.motstudio.store.LoadResult.Loaded) store.open(file)).workshop()).isEqualTo(document.current());
    }

    private String standardId(String itemId) {
        return vm.plan().standards().stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .findFirst().orElseThrow().id();
    }
}
