package com.motstudio.report.pdf;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import org.openpdf.text.pdf.PdfOutline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The chapters of the action plan, which the workshop report repeats: a one-page summary, the
 * moments of truth and why, each moment with its standard, scripts, actions and KPIs, the
 * timeline of the actions and the sign-off lines.
 */
final class ActionPlanChapters {
    private final Pages pages;
    private final Workshop workshop;
    private final Texts t;
    private final Names names;

    ActionPlanChapters(Pages pages, Workshop workshop) {
        this.pages = pages;
        this.workshop = workshop;
        this.t = pages.texts;
        this.names = new Names(workshop);
    }

    void summary() {
        PdfOutline chapter = pages.chapter(t.get("export.plan.summary"));
        Plan plan = workshop.plan();
        List<MomentOfTruth> moments = workshop.keyMoments().moments();
        pages.text(t.format("export.plan.summary.counts", moments.size(), plan.standards().size(), plan.actions().size(),
                plan.kpis().size()));
        List<String> statuses = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            long n = plan.actions().stream().filter(a -> a.status() == status).count();
            if (n > 0) {
                statuses.add(t.format("export.plan.summary.status", t.get("export.status." + status.name()), n));
            }
        }
        if (!statuses.isEmpty()) {
            pages.text(String.join(t.get("export.listSeparator"), statuses));
        }
        LocalDate first = plan.actions().stream().map(ImprovementAction::startDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = plan.actions().stream().map(ImprovementAction::dueDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        if (first != null && last != null) {
            pages.text(t.format("export.plan.summary.span", Format.date(first), Format.date(last)));
        }
        pages.section(chapter, t.get("export.plan.summary.moments"));
        Table table = new Table(List.of(t.get("export.col.number"), t.get("export.col.moment"), t.get("export.col.coreNeed"),
                t.get("export.col.actions"), t.get("export.col.due")), 0.7f, 3, 4, 1, 1.6f);
        int n = 1;
        for (MomentOfTruth m : moments) {
            List<ImprovementAction> actions = actionsOf(m.id());
            LocalDate due = actions.stream().map(ImprovementAction::dueDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            table.row(String.valueOf(n++), names.touchpoint(m.touchpointId()), m.coreNeed(), String.valueOf(actions.size()), Format.date(due));
        }
        pages.table(table, t.get("export.plan.noMoments"));
    }

    void moments() {
        pages.chapter(t.get("export.plan.moments"));
        pages.note(t.get("export.plan.moments.intro"));
        Table table = new Table(List.of(t.get("export.col.number"), t.get("export.col.moment"), t.get("export.col.stage"),
                t.get("export.col.reason"), t.get("export.col.confirmed")), 0.7f, 2.4f, 1.6f, 5, 1.4f);
        int n = 1;
        for (MomentOfTruth m : workshop.keyMoments().moments()) {
            table.row(String.valueOf(n++), names.touchpoint(m.touchpointId()), names.stageOf(m.touchpointId()), m.rationale(),
                    Format.date(m.confirmedOn()));
        }
        pages.table(table, t.get("export.plan.noMoments"));
    }

    void perMoment() {
        PdfOutline chapter = pages.chapter(t.get("export.plan.details"));
        int n = 1;
        for (MomentOfTruth m : workshop.keyMoments().moments()) {
            pages.step(0.3 + 0.4 * n / Math.max(1, workshop.keyMoments().moments().size()));
            if (n > 1) {
                pages.newPage();
            }
            PdfOutline section = pages.section(chapter, t.format("export.plan.moment", n++, names.touchpoint(m.touchpointId())));
            moment(section, m);
        }
        if (n == 1) {
            pages.note(t.get("export.plan.noMoments"));
        }
    }

    private void moment(PdfOutline section, MomentOfTruth m) {
        line("export.plan.coreNeed", m.coreNeed());
        line("export.plan.today", m.experienceToday());
        line("export.plan.wanted", m.experienceWanted());
        for (ServiceStandard standard : workshop.plan().standards()) {
            if (standard.momentId().equals(m.id())) {
                pages.text(t.format("export.plan.standard", standard.title()), 11, pages.accent.darker());
                Table items = new Table(List.of(t.get("export.col.number"), t.get("export.col.behaviour"),
                        t.get("export.col.criterion"), t.get("export.col.method")), 0.7f, 4, 4, 1.4f);
                int i = 1;
                for (ChecklistItem item : standard.items()) {
                    items.row(String.valueOf(i++), item.behaviour(), item.criterion(), t.get("export.method." + item.method().name()));
                }
                pages.table(items, t.get("export.plan.noItems"));
            }
        }
        if (!m.serviceScript().isBlank() || !m.complaintScript().isBlank()) {
            pages.text(t.get("export.plan.scripts"), 11, pages.accent.darker());
            line("export.plan.serviceScript", m.serviceScript());
            line("export.plan.complaintScript", m.complaintScript());
        }
        pages.text(t.get("export.plan.actions"), 11, pages.accent.darker());
        pages.table(actionTable(actionsOf(m.id())), t.get("export.plan.noActions"));
        pages.text(t.get("export.plan.kpis"), 11, pages.accent.darker());
        Table kpis = new Table(List.of(t.get("export.col.kpi"), t.get("export.col.unit"), t.get("export.col.baseline"),
                t.get("export.col.target"), t.get("export.col.targetDate"), t.get("export.col.source")), 3, 1, 1.2f, 1.2f, 1.6f, 2.4f);
        for (Kpi k : workshop.plan().kpis()) {
            if (k.momentIds().contains(m.id())) {
                kpis.row(k.name(), k.unit(), Format.number(t, k.baseline()), Format.number(t, k.target()),
                        Format.date(k.targetDate()), k.dataSource());
            }
        }
        pages.table(kpis, t.get("export.plan.noKpis"));
    }

    Table actionTable(List<ImprovementAction> actions) {
        Table table = new Table(List.of(t.get("export.col.action"), t.get("export.col.owner"), t.get("export.col.department"),
                t.get("export.col.start"), t.get("export.col.due"), t.get("export.col.status")), 4, 1.4f, 1.8f, 1.5f, 1.5f, 1.2f);
        for (ImprovementAction a : actions) {
            String title = a.description().isBlank() ? a.title() : a.title() + "\n" + a.description();
            table.row(title, a.ownerPerson(), a.ownerDepartment(), Format.date(a.startDate()), Format.date(a.dueDate()), t.get("export.status." + a.status().name()));
        }
        return table;
    }

    void timeline() {
        pages.chapter(t.get("export.plan.timeline"), true);
        List<ImprovementAction> dated = workshop.plan().actions().stream()
                .filter(a -> a.startDate() != null || a.dueDate() != null)
                .sorted(Comparator.comparing(ActionTimeline::start)).toList();
        if (dated.isEmpty()) {
            pages.note(t.get("export.plan.noDates"));
            return;
        }
        pages.note(t.get("export.plan.timeline.intro"));
        ActionTimeline.Span span = ActionTimeline.span(dated);
        for (int from = 0; from < dated.size(); from += ActionTimeline.ROWS_PER_PAGE) {
            List<ImprovementAction> chunk = dated.subList(from, Math.min(dated.size(), from + ActionTimeline.ROWS_PER_PAGE));
            ActionTimeline drawing = new ActionTimeline(chunk, span, t, pages.accent);
            if (from > 0) {
                pages.newPage();
            }
            pages.drawing(drawing, pages.width(), (float) Math.min(pages.room() - Pages.IMAGE_SLACK - 2, drawing.height()));
        }
    }

    void signOff() {
        pages.chapter(t.get("export.plan.signOff"));
        pages.note(t.get("export.plan.signOff.intro"));
        Set<String> departments = new LinkedHashSet<>();
        workshop.plan().actions().stream().map(ImprovementAction::ownerDepartment).filter(d -> !d.isBlank()).forEach(departments::add);
        Table table = new Table(List.of(t.get("export.col.role"), t.get("export.col.name"), t.get("export.col.signature"),
                t.get("export.col.date")), 3, 2.4f, 3, 1.6f).writingRows(34);
        table.row(t.get("export.plan.signOff.sponsor"), "", "", "");
        table.row(t.get("export.plan.signOff.facilitator"), workshop.info().facilitator(), "", "");
        for (String department : departments) {
            table.row(t.format("export.plan.signOff.department", department), "", "", "");
        }
        pages.table(table, "");
    }

    List<ImprovementAction> actionsOf(String momentId) {
        return workshop.plan().actions().stream().filter(a -> a.momentIds().contains(momentId)).toList();
    }

    private void line(String key, String value) {
        if (!value.isBlank()) {
            pages.text(t.format(key, value));
        }
    }
}
