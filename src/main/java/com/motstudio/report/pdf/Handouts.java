package com.motstudio.report.pdf;

import com.motstudio.model.ChecklistItem;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.store.KanoNeeds;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Texts;
import org.openpdf.text.pdf.PdfOutline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The paper forms for a class or a counter team, filled in by hand and typed back in: the map
 * canvas, the trait-scoring sheet, the SERVQUAL and KANO questionnaires, the counter audit form
 * and the feedback card. Column names are those the CSV imports read (docs/csv-import.md).
 */
final class Handouts {
    private static final float WRITE = 22;

    private final Pages pages;
    private final Workshop workshop;
    private final Texts t;
    private final Names names;

    Handouts(Pages pages, Workshop workshop) {
        this.pages = pages;
        this.workshop = workshop;
        this.t = pages.texts;
        this.names = new Names(workshop);
    }

    void write(DocumentKind kind) {
        List<DocumentKind> kinds = kind == DocumentKind.HANDOUTS ? DocumentKind.SINGLE_HANDOUTS : List.of(kind);
        for (int i = 0; i < kinds.size(); i++) {
            pages.step((double) i / kinds.size());
            switch (kinds.get(i)) {
                case MAP_CANVAS -> canvas();
                case TRAIT_SHEET -> traitSheet();
                case SERVQUAL_FORM -> servqual();
                case KANO_FORM -> kano();
                case AUDIT_FORM -> audit();
                case FEEDBACK_CARD -> feedback();
                default -> throw new IllegalArgumentException("not a handout: " + kinds.get(i));
            }
        }
    }

    private PdfOutline start(String titleKey, boolean landscape) {
        PdfOutline outline = pages.chapter(t.get(titleKey), landscape);
        String title = workshop.info().title();
        if (!title.isBlank()) {
            pages.note(title);
        }
        return outline;
    }

    private void canvas() {
        start("export.handout.canvas", true);
        pages.note(t.get("export.handout.canvas.intro"));
        List<String> stages = pages.options.canvasStages() && !workshop.journey().stages().isEmpty()
                ? workshop.journey().stages().stream().map(Stage::name).toList()
                : java.util.Collections.nCopies(MapCanvas.COLUMNS, "");
        for (int from = 0; from < stages.size(); from += MapCanvas.COLUMNS) {
            if (from > 0) {
                pages.newPage();
            }
            List<String> chunk = stages.subList(from, Math.min(stages.size(), from + MapCanvas.COLUMNS));
            pages.drawing(new MapCanvas(chunk, t), pages.width(), pages.room() - Pages.IMAGE_SLACK - 2);
        }
    }

    private void traitSheet() {
        // a wide table: landscape whatever the options say, so trait names do not break inside words
        start("export.handout.traits", true);
        pages.note(t.get("export.handout.traits.intro"));
        pages.text(t.get("export.handout.rater"));
        List<String> headers = new ArrayList<>(List.of(t.get("export.csv.stage"), t.get("export.csv.touchpoint")));
        for (Trait trait : Trait.values()) {
            headers.add(t.of(trait));
        }
        float[] widths = {1.6f, 2.6f, 1, 1, 1, 1, 1, 1};
        Table table = new Table(headers, widths).writingRows(WRITE);
        for (Touchpoint tp : workshop.journey().touchpoints()) {
            List<String> row = new ArrayList<>(List.of(names.stageOf(tp.id()), tp.name()));
            row.addAll(java.util.Collections.nCopies(Trait.values().length, ""));
            table.row(row);
        }
        pages.table(table, t.get("export.handout.noTouchpoints"));
    }

    private void servqual() {
        start("export.handout.servqual", pages.options.landscape());
        List<ServqualItem> items = workshop.keyMoments().servqual().items();
        int min = workshop.keyMoments().servqual().scaleMin();
        int max = workshop.keyMoments().servqual().scaleMax();
        if (items.isEmpty()) {
            items = ServqualItems.items(pages.options.language());
            min = ServqualItems.SCALE_MIN;
            max = ServqualItems.SCALE_MAX;
        }
        pages.note(t.format("export.handout.servqual.intro", min, max));
        pages.text(t.get("export.handout.respondent"));
        String scale = IntStream.rangeClosed(min, max).mapToObj(String::valueOf).collect(Collectors.joining("   "));
        Table table = new Table(List.of(t.get("export.col.number"), t.get("export.col.item"), t.get("export.col.dimension"),
                t.get("export.handout.expectation"), t.get("export.handout.perception")), 0.7f, 5, 1.9f, 2.2f, 2.2f);
        int n = 1;
        for (ServqualItem item : items) {
            table.row(String.valueOf(n), item.text(), t.of(item.dimension()),
                    t.format("export.csv.expectation", n) + "\n" + scale, t.format("export.csv.perception", n) + "\n" + scale);
            n++;
        }
        pages.table(table, "");
    }

    private void kano() {
        start("export.handout.kano", pages.options.landscape());
        List<KanoNeed> needs = workshop.keyMoments().kano().needs();
        if (needs.isEmpty()) {
            needs = KanoNeeds.example(pages.options.language(), workshop.journey());
        }
        pages.note(t.get("export.handout.kano.intro"));
        pages.text(t.get("export.handout.respondent"));
        // one column per answer, headed by its words, holding the number that is typed back in
        List<String> headers = new ArrayList<>(List.of(t.get("export.col.number"), t.get("export.col.question")));
        List<String> codes = new ArrayList<>();
        for (KanoAnswer answer : KanoAnswer.values()) {
            headers.add(t.of(answer));
            codes.add(String.valueOf(answer.ordinal() + 1));
        }
        Table table = new Table(headers, 0.8f, 5, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f);
        int n = 1;
        for (KanoNeed need : needs) {
            List<String> functional = new ArrayList<>(List.of(t.format("export.csv.functional", n), need.functionalQuestion()));
            functional.addAll(codes);
            table.row(functional);
            List<String> dysfunctional = new ArrayList<>(List.of(t.format("export.csv.dysfunctional", n), need.dysfunctionalQuestion()));
            dysfunctional.addAll(codes);
            table.row(dysfunctional);
            n++;
        }
        pages.table(table, "");
    }

    private void audit() {
        PdfOutline chapter = start("export.handout.audit", pages.options.landscape());
        pages.note(t.get("export.handout.audit.intro"));
        pages.text(t.get("export.handout.auditFields"));
        List<ServiceStandard> standards = workshop.plan().standards();
        if (standards.isEmpty()) {
            pages.note(t.get("export.handout.noStandards"));
        }
        for (ServiceStandard standard : standards) {
            pages.section(chapter, t.format("export.handout.auditStandard", standard.title(), names.moment(standard.momentId())));
            Table table = new Table(List.of(t.get("export.col.number"), t.get("export.col.behaviour"), t.get("export.col.criterion"),
                    t.get("export.handout.pass"), t.get("export.handout.fail"), t.get("export.handout.notApplicable"),
                    t.get("export.col.notes")), 0.7f, 3.5f, 3.5f, 0.9f, 0.9f, 0.9f, 3).writingRows(WRITE);
            int i = 1;
            for (ChecklistItem item : standard.items()) {
                table.row(String.valueOf(i++), item.behaviour(), item.criterion(), "", "", "", "");
            }
            pages.table(table, t.get("export.plan.noItems"));
        }
    }

    private void feedback() {
        start("export.handout.feedback", false);
        pages.note(t.get("export.handout.feedback.intro"));
        List<String> touchpoints = workshop.keyMoments().moments().stream().map(m -> names.touchpoint(m.touchpointId())).toList();
        FeedbackCard card = new FeedbackCard(workshop.info().organization(), touchpoints, t);
        float gap = 12;
        float height = (pages.room() - gap) / 2 - 8;
        pages.drawing(card, pages.width(), height);
        pages.drawing(card, pages.width(), height);
    }
}
