package com.motstudio.ui.moments;

import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FieldCommit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Chooses whose questionnaire is being typed in: pick a respondent, add the next one, rename or
 * delete the chosen one. Used by the SERVQUAL and KANO answer grids.
 */
final class RespondentBar {
    /** A respondent as the bar lists it. */
    record Entry(String id, String name, int answers) {}

    private final ComboBox<Entry> choice = new ComboBox<>();
    private final TextField name = new TextField();
    private final Label count = new Label();
    private final ObjectProperty<String> chosen = new SimpleObjectProperty<>();
    private final Texts texts;
    private final javafx.scene.layout.FlowPane root;
    private boolean showing;

    /**
     * @param prefix  the ids' prefix, e.g. "moments-servqual"
     * @param add     adds the next respondent and gives its id
     */
    RespondentBar(String prefix, Texts texts, Dialogs dialogs, Supplier<String> add, BiConsumer<String, String> rename,
                  Consumer<String> delete) {
        this.texts = texts;
        choice.setId(prefix + "-respondent");
        choice.setAccessibleText(texts.get("surveydata.respondent"));
        choice.setPrefWidth(200);
        choice.setCellFactory(l -> cell());
        choice.setButtonCell(cell());
        choice.valueProperty().addListener((o, a, b) -> {
            if (!showing) {
                chosen.set(b == null ? null : b.id());
            }
        });
        Label label = new Label(texts.get("surveydata.respondent"));
        label.setLabelFor(choice);
        Button next = new Button(texts.get("surveydata.respondent.add"), new FontIcon(Feather.USER_PLUS));
        next.setId(prefix + "-respondent-add");
        next.setOnAction(e -> chosen.set(add.get()));
        name.setId(prefix + "-respondent-name");
        name.setPromptText(texts.get("surveydata.respondent.name"));
        name.setAccessibleText(texts.get("surveydata.respondent.name"));
        name.setPrefColumnCount(12);
        FieldCommit.on(name, () -> selected() == null ? "" : selected().name(), v -> {
            if (chosen.get() != null && !v.isBlank()) {
                rename.accept(chosen.get(), v.strip());
            }
        });
        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.setId(prefix + "-respondent-delete");
        remove.setAccessibleText(texts.get("surveydata.respondent.delete"));
        remove.setTooltip(new javafx.scene.control.Tooltip(texts.get("surveydata.respondent.delete")));
        remove.setOnAction(e -> {
            Entry entry = selected();
            if (entry != null && (entry.answers() == 0 || dialogs.confirm(texts.get("surveydata.respondent.delete"),
                    texts.format("surveydata.respondent.deleteAsk", entry.name(), entry.answers())))) {
                delete.accept(entry.id());
            }
        });
        remove.disableProperty().bind(chosen.isNull());
        name.disableProperty().bind(chosen.isNull());
        chosen.addListener((o, a, b) -> {
            showing = true;
            choice.setValue(selected());
            showing = false;
            name.setText(selected() == null ? "" : selected().name());
        });
        // a row that wraps on a narrow pane (large text) instead of cutting its labels short
        HBox who = new HBox(8, label, choice);
        who.setAlignment(Pos.CENTER_LEFT);
        HBox named = new HBox(8, name, remove);
        named.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Labeled whole : new javafx.scene.control.Labeled[] {label, next, count}) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        root = new javafx.scene.layout.FlowPane(8, 6, who, next, named, count);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node root() {
        return root;
    }

    /** The respondent whose answers the grid shows and takes; null when there is none. */
    ObjectProperty<String> chosenProperty() {
        return chosen;
    }

    /** Shows the respondents as they are now, keeping the choice when it still exists. */
    void show(List<Entry> entries) {
        showing = true;
        choice.getItems().setAll(entries);
        Entry keep = entries.stream().filter(e -> e.id().equals(chosen.get())).findFirst()
                .orElse(entries.isEmpty() ? null : entries.getLast());
        choice.setValue(keep);
        showing = false;
        if (!Objects.equals(chosen.get(), keep == null ? null : keep.id())) {
            chosen.set(keep == null ? null : keep.id());
        }
        name.setText(keep == null ? "" : keep.name());
        count.setText(texts.format("surveydata.respondent.count", entries.size()));
    }

    private Entry selected() {
        return choice.getItems().stream().filter(e -> e.id().equals(chosen.get())).findFirst().orElse(null);
    }

    private ListCell<Entry> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.name());
            }
        };
    }
}
