package com.motstudio.ui.shell;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the window shows when the app starts with nothing opened: begin a blank workshop, one from a
 * sector's template, or open a file (the recent ones one click away), and the four steps ahead.
 * Any page of the navigation can be chosen from here too; they all show the blank workshop.
 */
final class StartView {
    /** How many recent files are offered. */
    static final int RECENT = 6;

    private final VBox root;

    /**
     * @param blank    starts on the blank workshop already open (its Workshop page)
     * @param template asks for a sector's template
     * @param open     asks for a workshop file
     * @param recent   opens a recent file
     */
    StartView(Texts texts, List<String> recentFiles, Runnable blank, Runnable template, Runnable open, Consumer<Path> recent) {
        Label title = new Label(texts.get("start.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label(texts.get("start.lead"));
        lead.setWrapText(true);

        Button blankButton = button(texts, "start.blank", "start-blank", blank);
        blankButton.setDefaultButton(true);
        HBox actions = new HBox(10, blankButton, button(texts, "start.template", "start-template", template),
                button(texts, "start.open", "start-open", open));

        VBox recentList = new VBox(2);
        recentList.setId("start-recent");
        for (RecentFile file : RecentFile.of(recentFiles.stream().limit(RECENT).toList())) {
            Hyperlink link = new Hyperlink(file.label());
            link.setMnemonicParsing(false);
            link.setDisable(!file.exists());
            link.setOnAction(e -> recent.accept(file.path()));
            recentList.getChildren().add(link);
        }
        if (recentList.getChildren().isEmpty()) {
            Label none = new Label(texts.get("start.recentNone"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            recentList.getChildren().add(none);
        }

        VBox steps = new VBox(4);
        for (Page page : List.of(Page.JOURNEY, Page.MOMENTS, Page.PLAN, Page.MONITOR)) {
            Label step = new Label(texts.format("start.step", texts.get("nav." + page.key()), texts.get("start.step." + page.key())));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }

        VBox content = new VBox(14, title, lead, actions, heading(texts, "start.recent"), recentList,
                heading(texts, "start.steps"), steps);
        content.setPadding(new Insets(28, 32, 28, 32));
        content.setMaxWidth(760);
        // about 430-560 px tall at the normal text size (a third more at the large one), inside the usual window: no
        // scroll pane to skin before the first frame; a shorter window clips the last lines, not painting over the status bar
        root = content;
        root.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        root.setId("start-page");
    }

    Parent root() {
        return root;
    }

    private static Label heading(Texts texts, String key) {
        Label heading = new Label(texts.get(key));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setPadding(new Insets(8, 0, 0, 0));
        return heading;
    }

    private static Button button(Texts texts, String key, String id, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
