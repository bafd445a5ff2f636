package com.motstudio.ui.present;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.method.monitor.KpiStatus;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.Stage;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What presentation mode shows: the slide, the step within it (the map's overview and each of its
 * stages, the pages of KPI trends) and the workshop as it is now, followed while the facilitator
 * edits it in the main window. A clicker's next and previous walk the steps and go on to the next
 * or previous slide at either end. The screen can be blacked out (B or '.' on a clicker) while the
 * room talks; next or previous brings the slide back without moving on.
 */
public final class PresentationViewModel {
    /** How many KPI trend charts one slide shows side by side. */
    static final int KPIS_PER_PAGE = 2;

    private final Texts texts;
    private final Supplier<LocalDate> today;
    private final Runnable follow = this::reload;
    private final ReadOnlyObjectWrapper<Workshop> workshop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>(Slide.MAP);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper blackedOut = new ReadOnlyBooleanWrapper(false);
    private final Subscription subscription;
    private WorkshopDocument followed;
    private KeyMomentAnalysis analysis;

    /** Follows the open document, and the next one when another workshop is opened meanwhile. */
    public PresentationViewModel(ObservableValue<WorkshopDocument> documents, Texts texts, Supplier<LocalDate> today) {
        this.texts = texts;
        this.today = today;
        subscription = documents.subscribe(this::follow);
    }

    public ReadOnlyObjectProperty<Workshop> workshopProperty() {
        return workshop.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blackedOutProperty() {
        return blackedOut.getReadOnlyProperty();
    }

    public boolean isBlackedOut() {
        return blackedOut.get();
    }

    /** The screen goes black, or shows the slide again. */
    public void toggleBlackout() {
        blackedOut.set(!blackedOut.get());
    }

    /** Takes up where another presentation was (its slide, step and black screen): the same slides in another language. */
    public void continueFrom(PresentationViewModel other) {
        slide.set(other.slide());
        step.set(Math.min(other.step(), steps(other.slide()) - 1));
        blackedOut.set(other.isBlackedOut());
    }

    public Workshop workshop() {
        return workshop.get();
    }

    public Slide slide() {
        return slide.get();
    }

    public int step() {
        return step.get();
    }

    /** The document shown (null when none is open). */
    public WorkshopDocument document() {
        return followed;
    }

    /** The next step: the next stage or page, or the next slide's first. */
    public void next() {
        if (backFromBlack()) {
            return;
        }
        if (step() < steps(slide()) - 1) {
            step.set(step() + 1);
        } else if (slide().ordinal() < Slide.values().length - 1) {
            slide.set(Slide.values()[slide().ordinal() + 1]);
            step.set(0);
        }
    }

    /** The previous step: the previous stage or page, or the previous slide's last. */
    public void previous() {
        if (backFromBlack()) {
            return;
        }
        if (step() > 0) {
            step.set(step() - 1);
        } else if (slide().ordinal() > 0) {
            Slide before = Slide.values()[slide().ordinal() - 1];
            slide.set(before);
            step.set(steps(before) - 1);
        }
    }

    /** A slide from its start (the map from its overview). */
    public void show(Slide value) {
        blackedOut.set(false);
        step.set(0);
        slide.set(value);
    }

    /** The whole journey map. */
    public void overview() {
        show(Slide.MAP);
    }

    /** One stage of the map filling the slide; index counts from 0. */
    public void zoomTo(int stageIndex) {
        if (stageIndex >= 0 && stageIndex < stages().size()) {
            slide.set(Slide.MAP);
            step.set(stageIndex + 1);
        }
    }

    /** How many steps a slide has: the map's overview and one per stage, one per page of KPIs, else one. */
    public int steps(Slide value) {
        return switch (value) {
            case MAP -> 1 + stages().size();
            case KPIS -> Math.max(1, (measuredKpis().size() + KPIS_PER_PAGE - 1) / KPIS_PER_PAGE);
            default -> 1;
        };
    }

    /** The stage the map is zoomed to (from 0), empty for the overview or another slide. */
    public Optional<Integer> stageIndex() {
        return slide() == Slide.MAP && step() > 0 ? Optional.of(step() - 1) : Optional.empty();
    }

    /** Where the room is within the slide: "Stage 2 of 7: At the counter", "Page 1 of 2"; else the workshop's title. */
    public String position() {
        Workshop w = workshop();
        if (w == null) {
            return "";
        }
        if (slide() == Slide.MAP && !stages().isEmpty()) {
            return stageIndex().map(i -> texts.format("present.position.stage", i + 1, stages().size(), stages().get(i).name()))
                    .orElse(texts.format("present.position.overview", stages().size()));
        }
        if (slide() == Slide.KPIS && steps(Slide.KPIS) > 1) {
            return texts.format("present.position.page", step() + 1, steps(Slide.KPIS));
        }
        return w.info().title();
    }

    /** The one sentence a slide with nothing to show says instead; empty when it has data. */
    public Optional<String> emptyText() {
        Workshop w = workshop();
        boolean empty = w == null || switch (slide()) {
            case MAP -> stages().isEmpty();
            case CURVES -> w.journey().touchpoints().stream().allMatch(t -> t.emotions().isEmpty());
            case RANKING -> analysis().ranking().stream().noneMatch(r -> r.score().score() != null);
            case MATRIX -> activeActions() == 0;
            case ROUNDS -> w.monitoring().rounds().size() < 2;
            case KPIS -> measuredKpis().isEmpty();
        };
        return empty ? Optional.of(texts.get("present.empty." + slide().key())) : Optional.empty();
    }

    /** What the slide shows, in a sentence or two: the text alternative of its chart or map. */
    public String summary() {
        Optional<String> empty = emptyText();
        if (empty.isPresent()) {
            return empty.get();
        }
        SlideSummaries summaries = new SlideSummaries(workshop(), texts);
        return switch (slide()) {
            case MAP -> stageIndex().map(summaries::stage).orElseGet(summaries::overview);
            case CURVES -> summaries.curves();
            case RANKING -> summaries.ranking(analysis());
            case MATRIX -> summaries.matrix();
            case ROUNDS -> summaries.rounds();
            case KPIS -> summaries.kpis(kpiPage());
        };
    }

    /** Every figure of step 2, computed once per change of the workshop. */
    public KeyMomentAnalysis analysis() {
        if (analysis == null && workshop() != null) {
            analysis = KeyMomentAnalysis.of(workshop(), IpaCrossHairs.dataMeans());
        }
        return analysis;
    }

    /** The KPIs that have at least one measurement, judged today. */
    public List<KpiStatus> measuredKpis() {
        Workshop w = workshop();
        if (w == null) {
            return List.of();
        }
        return w.plan().kpis().stream().map(k -> KpiStatus.of(k, w.monitoring().measurements(), today.get()))
                .filter(s -> !s.series().isEmpty()).toList();
    }

    /** The KPIs of the page shown. */
    public List<KpiStatus> kpiPage() {
        List<KpiStatus> all = measuredKpis();
        int from = Math.min(all.size(), step() * KPIS_PER_PAGE);
        return all.subList(from, Math.min(all.size(), from + KPIS_PER_PAGE));
    }

    /** Stops following the document. */
    public void dispose() {
        subscription.unsubscribe();
        if (followed != null) {
            followed.removeListener(follow);
        }
    }

    /** While the screen is black, the first next or previous only brings the slide back. */
    private boolean backFromBlack() {
        if (blackedOut.get()) {
            blackedOut.set(false);
            return true;
        }
        return false;
    }

    private List<Stage> stages() {
        return workshop() == null ? List.of() : workshop().journey().stages();
    }

    private long activeActions() {
        return workshop().plan().actions().stream().filter(a -> a.status() != ActionStatus.DROPPED).count();
    }

    private void follow(WorkshopDocument document) {
        if (followed != null) {
            followed.removeListener(follow);
        }
        followed = document;
        if (document != null) {
            document.addListener(follow);
        }
        reload();
    }

    private void reload() {
        analysis = null;
        workshop.set(followed == null ? null : followed.current());
        // a stage or a KPI removed meanwhile: stay on the last one there is
        if (step() >= steps(slide())) {
            step.set(steps(slide()) - 1);
        }
    }
}
