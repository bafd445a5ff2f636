package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.text.Texts;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The facilitator's guidance for one page — purpose, activities, timing, tips, common mistakes —
 * from the {@code guidance} bundle, as a side panel. Shown or hidden for all pages at once: every
 * panel follows the one {@code shown} property; hidden, it is a thin strip with a button to show it.
 */
public final class GuidancePanel {
    private static final String[] SECTIONS = {"purpose", "activities", "timing", "tips", "mistakes"};
    /** The collapsed strip's width: an icon button and no more. */
    private static final double STRIP_WIDTH = 30;

    private final BorderPane root = new BorderPane();
    private final Texts texts;
    private final ScrollPane body;
    private final HBox bar;
    private final VBox strip;
    private final Button hide = new Button();
    private final Button show = new Button();

    /**
     * {@code page} is the guidance key of the page (workshop, journey, moments, plan, monitor or
     * export); {@code extra}, if not null, follows the activities (e.g. buttons that time them).
     */
    public GuidancePanel(String page, Texts texts, BooleanProperty shown, Node extra) {
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
            if (section.equals("activities") && extra != null) {
                content.getChildren().add(extra);
            }
        }
        body = new ScrollPane(content);
        body.setFitToWidth(true);
        body.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        hide.setId("guidance-toggle");
        hide.setText(texts.get("guidance.panel.hide"));
        hide.setGraphic(new FontIcon(Feather.CHEVRONS_RIGHT));
        hide.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        hide.setOnAction(e -> shown.set(false));
        bar = new HBox(hide);
        bar.setPadding(new Insets(6, 8, 0, 8));
        show.setId("guidance-toggle");
        show.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        show.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        show.setTooltip(new Tooltip(texts.get("guidance.panel.show")));
        show.setAccessibleText(texts.get("guidance.panel.show"));
        show.setOnAction(e -> shown.set(true));
        strip = new VBox(show);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(6, 0, 0, 0));
        strip.getStyleClass().add("guidance-strip");
        shown.subscribe(this::layout);
    }

    public Parent root() {
        return root;
    }

    private void layout(boolean expanded) {
        root.setTop(expanded ? bar : null);
        root.setCenter(expanded ? body : strip);
        root.setPrefWidth(expanded ? 340 : STRIP_WIDTH);
        root.setMinWidth(expanded ? 260 : STRIP_WIDTH);
        root.setMaxWidth(expanded ? Double.MAX_VALUE : STRIP_WIDTH);
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
