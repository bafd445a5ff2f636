package com.motstudio.ui.monitor;

import atlantafx.base.theme.Styles;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.Ids;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ScrollToFocus;
import com.motstudio.ui.common.StatusTone;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The feedback log: a form to log a rating (date, channel, moment, scale, rating, text, handler),
 * the log with each bad review's deadline and status (overdue ones red, counted above), and the
 * follow-up of the chosen bad review.
 */
final class FeedbackPane implements MonitorSection {
    private final MonitorViewModel vm;
    private final Texts texts;
    private final SplitPane root = new SplitPane();
    private final com.motstudio.ui.common.NarrowStack stack;
    private final TextField date = new TextField();
    private final ComboBox<FeedbackChannel> channel = new ComboBox<>();
    private final ComboBox<String> moment = new ComboBox<>();
    private final ComboBox<FeedbackScale> scale = new ComboBox<>();
    private final TextField rating = new TextField();
    private final TextField text = new TextField();
    private final TextField handler = new TextField();
    private final Label problem = new Label();
    private final Label counts = new Label();
    private final TableView<Feedback> log = new TableView<>();
    private final FollowUpEditor followUp;
    private MonitorNames names;
    private FollowUps followUps;

    FeedbackPane(MonitorViewModel vm, Texts texts) {
        this(vm, texts, new com.motstudio.ui.common.FormDrafts());
    }

    FeedbackPane(MonitorViewModel vm, Texts texts, com.motstudio.ui.common.FormDrafts drafts) {
        this.vm = vm;
        this.texts = texts;
        this.followUp = new FollowUpEditor(vm, texts, drafts);
        names = new MonitorNames(vm.workshop(), texts);
        followUps = new FollowUps(vm.monitoring());
        VBox left = new VBox(8, form(), problem, followUp.root());
        left.setPadding(new Insets(10, 8, 10, 12));
        // The log form and the follow-up are taller than a projector's window: the column scrolls.
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setId("feedback-form-scroll");
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setPrefWidth(330);
        leftScroll.setMinWidth(280);
        ScrollToFocus.follow(leftScroll);
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        log.setId("feedback-log");
        log.setAccessibleText(texts.get("monitor.tab.FEEDBACK"));
        log.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("monitor.feedback.emptyLog")));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().setAll(List.of(
                column("monitor.feedback.date", f -> MonitorNames.date(f.date()), 86),
                column("monitor.feedback.channel", f -> f.channel() == null ? "" : texts.get("monitor.channel." + f.channel().name()), 80),
                column("monitor.feedback.moment", f -> names.of(f.momentId().isEmpty() ? f.touchpointId() : f.momentId()), 130),
                column("monitor.feedback.rating", this::ratingText, 90),
                column("monitor.feedback.text", Feedback::text, 180),
                column("monitor.feedback.handler", Feedback::handler, 50),
                column("monitor.feedback.deadline", f -> FollowUps.isBad(f) ? MonitorNames.date(followUps.deadline(f)) : "", 86),
                column("monitor.feedback.status", this::statusText, 150)));
com.motstudio.ui.common.WrappingTable.apply(log);
        log.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Feedback f, boolean empty) {
                super.updateItem(f, empty);
                boolean overdue = !empty && f != null && followUps.isOverdue(f, vm.today());
                (overdue ? StatusTone.BAD : StatusTone.PLAIN).mark(this);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"), overdue);
            }
        });
        log.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> followUp.show(f));
        counts.setId("feedback-counts");
        counts.getStyleClass().add(Styles.TEXT_BOLD);
        counts.setWrapText(true);
        counts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button remove = new javafx.scene.control.Button(texts.get("monitor.feedback.remove"));
        remove.setId("feedback-remove");
        remove.setOnAction(e -> {
            Feedback f = log.getSelectionModel().getSelectedItem();
            if (f != null) {
                vm.removeFeedback(f.id());
            }
        });
        VBox right = new VBox(8, counts, log, remove);
        VBox.setVgrow(log, Priority.ALWAYS);
        right.setPadding(new Insets(10, 12, 10, 8));
        root.getItems().setAll(leftScroll, right);
        root.setDividerPositions(0.3);
        stack = new com.motstudio.ui.common.NarrowStack(root, 52, counts);
    }

    @Override
    public Parent root() {
        return stack.root();
    }

    private Parent form() {
        Label title = new Label(texts.get("monitor.feedback.new"));
        title.getStyleClass().add(Styles.TITLE_4);
        date.setId("feedback-date");
        date.setText(MonitorNames.date(vm.today()));
        channel.setId("feedback-channel");
        channel.getItems().setAll(FeedbackChannel.values());
        channel.setConverter(com.motstudio.ui.common.Shown.as(c -> texts.get("monitor.channel." + c.name())));
        channel.setValue(FeedbackChannel.ON_SITE_DEVICE);
        moment.setId("feedback-moment");
        moment.setConverter(com.motstudio.ui.common.Shown.as(this::subject));
        moment.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : subject(id));
            }
        });
        scale.setId("feedback-scale");
        scale.getItems().setAll(FeedbackScale.values());
        scale.setConverter(com.motstudio.ui.common.Shown.as(s -> texts.get("monitor.scale." + s.name())));
        scale.setValue(FeedbackScale.GOOD_BAD_REVIEW);
        scale.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // its longest name whole, never "Good/bad rev..."
        rating.setId("feedback-rating");
        text.setId("feedback-text");
        handler.setId("feedback-handler");
        GridPane grid = new GridPane(8, 6);
        int row = 0;
        for (var pair : List.<Object[]>of(new Object[]{"monitor.feedback.date", date}, new Object[]{"monitor.feedback.channel", channel},
                new Object[]{"monitor.feedback.moment", moment}, new Object[]{"monitor.feedback.scale", scale},
                new Object[]{"monitor.feedback.rating", rating}, new Object[]{"monitor.feedback.text", text},
                new Object[]{"monitor.feedback.handler", handler})) {
            Label label = new Label(texts.get((String) pair[0]));
            javafx.scene.control.Control control = (javafx.scene.control.Control) pair[1];
            label.setLabelFor(control);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            control.setAccessibleText(label.getText());
            control.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(control, Priority.ALWAYS);
            grid.addRow(row++, label, control);
        }
        Label hint = new Label(texts.get("monitor.feedback.ratingHint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button add = new Button(texts.get("monitor.feedback.add"));
        add.setId("feedback-add");
        add.setOnAction(e -> add());
        handler.setOnAction(e -> add());
        text.setOnAction(e -> add());
        return new VBox(8, title, grid, hint, add);
    }

    private void add() {
        var day = MonitorNames.parseDate(date.getText());
        Integer value = integer(rating.getText());
        int max = scale.getValue() == FeedbackScale.ZERO_TO_TEN ? 10 : 5;
        int min = scale.getValue() == FeedbackScale.ZERO_TO_TEN ? 0 : 1;
        if (day == null) {
            problem.setText(texts.format("monitor.badDate", date.getText()));
        } else if (value == null || value < min || value > max) {
            problem.setText(texts.format("monitor.feedback.badRating", rating.getText(), min, max));
        } else {
            problem.setText("");
            String chosen = moment.getValue() == null ? "" : moment.getValue();
            var asMoment = vm.workshop().keyMoments().moments().stream().filter(m -> m.id().equals(chosen)).findFirst();
            String momentId = asMoment.map(MomentOfTruth::id).orElse("");
            String touchpointId = asMoment.map(MomentOfTruth::touchpointId).orElse(chosen);
            vm.addFeedback(new Feedback(Ids.next("fb"), day, channel.getValue(), touchpointId, momentId, scale.getValue(), value,
                    text.getText().strip(), handler.getText().strip(), null));
            rating.clear();
            text.clear();
            rating.requestFocus();
        }
    }

    /** A moment of truth is marked as one; other touchpoints show their name. */
    private String subject(String id) {
        if (id.isEmpty()) {
            return texts.get("monitor.none");
        }
        boolean isMoment = vm.workshop().keyMoments().moments().stream().anyMatch(m -> m.id().equals(id));
        return isMoment ? texts.format("monitor.feedback.momentItem", names.of(id)) : names.of(id);
    }

    static Integer integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String ratingText(Feedback f) {
        if (f.rating() == null) {
            return "";
        }
        if (f.scale() == null || f.scale() == FeedbackScale.GOOD_BAD_REVIEW) {
            return texts.get("monitor.level." + f.rating());
        }
        return texts.format(f.scale() == FeedbackScale.ZERO_TO_TEN ? "monitor.feedback.of10" : "monitor.feedback.of5", f.rating());
    }

    private String statusText(Feedback f) {
        if (!FollowUps.isBad(f)) {
            return "";
        }
        String status = texts.get("monitor.followUp." + (f.followUp() == null ? "OPEN" : f.followUp().status().name()));
        int late = followUps.daysOverdue(f, vm.today());
        return late > 0 ? texts.format("monitor.feedback.overdueBy", status, late) : status;
    }

    @Override
    public void refresh(Workshop w) {
        names = new MonitorNames(w, texts);
        followUps = new FollowUps(w.monitoring());
        List<String> ids = new ArrayList<>();
        ids.add("");
        w.keyMoments().moments().stream().map(MomentOfTruth::id).forEach(ids::add);
        java.util.Set<String> momentTouchpoints = new java.util.HashSet<>();
        w.keyMoments().moments().forEach(m -> momentTouchpoints.add(m.touchpointId()));
        w.journey().touchpoints().stream().map(t -> t.id()).filter(id -> !momentTouchpoints.contains(id)).forEach(ids::add);
        String chosenMoment = moment.getValue();
        moment.getItems().setAll(ids);
        moment.setValue(chosenMoment == null || !ids.contains(chosenMoment) ? "" : chosenMoment);
        Feedback selected = log.getSelectionModel().getSelectedItem();
        log.getItems().setAll(w.monitoring().feedback().reversed());
        if (selected != null) {
            log.getItems().stream().filter(f -> f.id().equals(selected.id())).findFirst()
                    .ifPresent(f -> log.getSelectionModel().select(f));
        } else { // a rebuilt window: back to a follow-up that was kept unsaved
            log.getItems().stream().filter(f -> followUp.hasDraft(f.id())).findFirst()
                    .ifPresent(f -> log.getSelectionModel().select(f));
        }
        List<Feedback> bad = followUps.bad();
        counts.setText(texts.format("monitor.feedback.counts", w.monitoring().feedback().size(), bad.size(),
                bad.stream().filter(f -> FollowUps.isOpenOn(f, vm.today())).count(), followUps.overdue(vm.today()).size(),
                w.monitoring().followUpWorkingDays()));
        followUp.show(log.getSelectionModel().getSelectedItem());
        followUp.keepOnly(log.getItems().stream().map(Feedback::id).toList());
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 84));
        c.setSortable(false);
        return c;
    }

}
