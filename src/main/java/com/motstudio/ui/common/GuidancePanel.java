package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator's guidance for one page — purpose, activities, timing, tips, common mistakes —
 * from the {@code guidance} bundle, as a side panel that collapses to a single button.
 */
public final class GuidancePanel {
    private static final String[] SECTIONS = {"purpose", "activities", "timing", "tips", "mistakes"};

    private final BorderPane root = new BorderPane();
    private final Texts texts;
    private final ScrollPane body;
    private final Button toggle = new Button();

    /** {@code page} is the guidance key of the page: workshop, journey, moments, plan, monitor or export. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper expanded = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public GuidancePanel(String page, Texts texts, boolean expanded) {
        this.texts = texts;
        root.setId("guidance-" + page);
        root.getStyleClass().add("guidance-panel");
        VBox content = new VBox(10);
        content.setPadding(new Insets(4, 12, 12, 12));
        Label title = new Label(texts.get("guidance." + page + ".title"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        content.getChildren().add(title);
        for (String section : SECTIONS) {
            content.getChildren().add(section(page, section));
        }
        body = new ScrollPane(content);
        body.setFitToWidth(true);
        body.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        toggle.setId("guidance-toggle");
        toggle.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        toggle.setOnAction(e -> setExpanded(!isExpanded()));
        HBox bar = new HBox(toggle);
        bar.setPadding(new Insets(6, 8, 0, 8));
        root.setTop(bar);
        setExpanded(expanded);
    }

    public Parent root() {
        return root;
    }

    public boolean isExpanded() {
        return root.getCenter() != null;
    }

    /** True while the guidance is shown; false when only the "show guidance" button is left. */
    public javafx.beans.property.ReadOnlyBooleanProperty expandedProperty() {
        return expanded.getReadOnlyProperty();
    }

    public void setExpanded(boolean expanded) {
        this.expanded.set(expanded);
        root.setCenter(expanded ? body : null);
        root.setPrefWidth(expanded ? 340 : Region.USE_COMPUTED_SIZE);
        root.setMinWidth(expanded ? 260 : Region.USE_PREF_SIZE);
        toggle.setText(texts.get(expanded ? "guidance.panel.hide" : "guidance.panel.show"));
        toggle.setAccessibleText(toggle.getText());
    }

    private VBox section(String page, String section) {
        Label heading = new Label(texts.get("guidance.panel." + section));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "guidance-heading");
        VBox box = new VBox(4, heading);
        String[] items = texts.get("guidance." + page + "." + section).split("\n");
        for (String item : items) {
            Label line = new Label(items.length > 1 ? "•  " + item.strip() : item.strip());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().add("guidance-item");
            VBox.setVgrow(line, Priority.NEVER);
            box.getChildren().add(line);
        }
        return box;
    }
}
