package com.motstudio.ui.plan;

import com.motstudio.method.plan.PlanChecks;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The actions on a time line by due date: one row each, a bar from start to due (a diamond on the
 * due date), today marked by a line, overdue actions in the warning colour and done ones faded.
 * Actions without a due date are counted below. A click on a row opens the action.
 */
final class TimelinePane extends Region {
    private static final double NAMES = 230;
    private static final double HEADER = 34;
    private static final double ROW = 26;

    private final PlanViewModel vm;
    private final Texts texts;
    private final Consumer<String> open;
    private List<ImprovementAction> dated = List.of();
    private int undated;
    /** A row's height: two lines of an action's name at the page's text size (found at each layout). */
    private double row = ROW;
    /** The page's text size, read from the labels once the style sheets gave them their font. */
    private double em;

    TimelinePane(PlanViewModel vm, Texts texts, Consumer<String> open) {
        this.vm = vm;
        this.texts = texts;
        this.open = open;
        setId("plan-timeline");
        getStyleClass().add("plan-timeline");
        setAccessibleRole(javafx.scene.AccessibleRole.PARENT);
    }

    void refresh() {
        dated = vm.plan().actions().stream().filter(a -> a.dueDate() != null && a.status() != ActionStatus.DROPPED)
                .sorted(Comparator.comparing(ImprovementAction::dueDate).thenComparing(ImprovementAction::title)).toList();
        undated = (int) vm.plan().actions().stream().filter(a -> a.dueDate() == null && a.status() != ActionStatus.DROPPED).count();
        setAccessibleText(summary());
        requestLayout();
    }

    /** The time line told in a sentence: its text alternative for screen readers. */
    String summary() {
        if (dated.isEmpty()) {
            return texts.format("plan.timeline.summary.none", undated);
        }
        LocalDate today = vm.today();
        long late = dated.stream().filter(a -> PlanChecks.isOpen(a) && a.dueDate().isBefore(today)).count();
        long done = dated.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        return texts.format("plan.timeline.summary", dated.size(), dated.getFirst().dueDate().toString(),
                dated.getLast().dueDate().toString(), late, done, undated);
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER + dated.size() * row + 40;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 700;
    }

    @Override
    protected void layoutChildren() {
        double names = Math.max(NAMES, NAMES * Math.max(em, 13) / 13);
        List<Node> nodes = new ArrayList<>();
        LocalDate today = vm.today();
        LocalDate first = today;
        LocalDate last = today;
        for (ImprovementAction a : dated) {
            first = min(first, a.startDate() == null ? a.dueDate() : a.startDate());
            first = min(first, a.dueDate());
            last = max(last, a.dueDate());
        }
        first = first.minusDays(7).withDayOfMonth(1);
        last = last.plusDays(10);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double width = Math.max(200, getWidth() - names - 16);
        double height = HEADER + dated.size() * row;
        LocalDate from = first;
        java.util.function.Function<LocalDate, Double> x = d -> names + ChronoUnit.DAYS.between(from, d) / days * width;
        for (LocalDate month = first; !month.isAfter(last) && x.apply(month) + 60 < names + width; month = month.plusMonths(1)) {
            Line tick = new Line(x.apply(month), HEADER - 6, x.apply(month), height);
            tick.getStyleClass().add("plan-timeline-tick");
            Label name = new Label(texts.format("plan.timeline.month", month.getYear(), month.getMonthValue()));
            name.getStyleClass().add("plan-timeline-month");
            name.relocate(x.apply(month) + 3, 4);
            nodes.add(tick);
            nodes.add(name);
        }
        for (int i = 0; i < dated.size(); i++) {
            ImprovementAction a = dated.get(i);
            double y = HEADER + i * row;
            boolean late = PlanChecks.isOpen(a) && a.dueDate().isBefore(today);
            String state = late ? "plan-overdue" : a.status() == ActionStatus.DONE ? "plan-done" : "plan-open";
            Label title = new Label(a.title().isEmpty() ? texts.get("plan.action.untitled") : a.title());
            title.setId("plan-timeline-" + a.id());
            title.getStyleClass().addAll("plan-timeline-title", state);
            title.setWrapText(true); // a long name on two lines, never cut
            title.resizeRelocate(6, y + 3, names - 12, row - 6);
            title.setOnMouseClicked(e -> open.accept(a.id()));
            title.setFocusTraversable(true);
            title.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    open.accept(a.id());
                    e.consume();
                }
            });
            title.setTooltip(new javafx.scene.control.Tooltip(texts.format("plan.timeline.row", title.getText(),
                    a.startDate() == null ? texts.get("plan.kpi.missing") : a.startDate().toString(), a.dueDate().toString(),
                    texts.of(a.status()))));
            title.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
            title.setAccessibleText(title.getTooltip().getText());
            nodes.add(title);
            double end = x.apply(a.dueDate());
            if (a.startDate() != null && a.startDate().isBefore(a.dueDate())) {
                double begin = x.apply(a.startDate());
                Rectangle bar = new Rectangle(begin, y + row / 2 - 5, Math.max(2, end - begin), 10);
                bar.getStyleClass().addAll("plan-timeline-bar", state);
                nodes.add(bar);
            }
            double mid = y + row / 2;
            Polygon diamond = new Polygon(end, mid - 8, end + 7, mid, end, mid + 8, end - 7, mid);
            diamond.getStyleClass().addAll("plan-timeline-due", state);
            nodes.add(diamond);
        }
        double now = x.apply(today);
        Line todayLine = new Line(now, HEADER - 10, now, height + 4);
        todayLine.getStyleClass().add("plan-timeline-today");
        todayLine.setId("plan-timeline-today");
        Label todayName = new Label(texts.format("plan.timeline.today", today.toString()));
        todayName.getStyleClass().add("plan-timeline-today-label");
        todayName.relocate(now + 4, HEADER - 16);
        nodes.add(todayLine);
        nodes.add(todayName);
        Label footer = new Label(dated.isEmpty() && undated == 0 ? texts.get("plan.actions.none")
                : texts.format("plan.timeline.undated", undated));
        footer.setId("plan-timeline-undated");
        footer.relocate(6, height + 10);
        nodes.add(footer);
        getChildren().setAll(nodes);
        for (Node n : nodes) {
            if (n instanceof Label label && label.getWidth() == 0) {
                label.applyCss();
                label.autosize();
            }
        }
        hideCrowdedMonths(nodes, todayName);
        followTextSize(footer.getFont().getSize());
    }

    /** Rows as tall as two lines of an action's name at the page's text size: laid out again when it changes. */
    private void followTextSize(double size) {
        if (size != em) {
            em = size;
            row = Math.max(ROW, Math.ceil(em * 3.3) + 6);
            layoutChildren(); // at once, with the new rows (once: the size is the same the second time)
            requestParentLayout(); // the pane's height follows the rows
        }
    }

    /** With large text or a narrow window month names would run into each other or today's: every other one goes. */
    private static void hideCrowdedMonths(List<Node> nodes, Label today) {
        double right = Double.NEGATIVE_INFINITY;
        for (Node n : nodes) {
            if (n instanceof Label month && month.getStyleClass().contains("plan-timeline-month")) {
                var box = month.getBoundsInParent();
                boolean crowded = box.getMinX() < right + 6 || box.intersects(today.getBoundsInParent());
                month.setVisible(!crowded);
                if (!crowded) {
                    right = box.getMaxX();
                }
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
