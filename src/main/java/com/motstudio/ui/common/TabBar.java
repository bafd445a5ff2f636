package com.motstudio.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A page's tabs as a row of buttons that wraps to a second line when the page is narrow (a
 * projector, large text), so no tab hides behind the tab pane's overflow arrow. The tab pane keeps
 * its tabs and selection; only its own header is hidden (see app.css). Each button carries its
 * tab's id, so {@code #monitor-tab-feedback} finds what the user clicks.
 */
public final class TabBar {
    private final VBox root;

    public TabBar(TabPane tabs) {
        FlowPane bar = new FlowPane(2, 2);
        bar.getStyleClass().add("tab-bar");
        bar.setPadding(new Insets(4, 8, 0, 8));
        ToggleGroup group = new ToggleGroup();
        for (Tab tab : tabs.getTabs()) {
            ToggleButton button = new ToggleButton(tab.getText());
            button.setId(tab.getId());
            button.getStyleClass().add("tab-bar-button");
            button.setToggleGroup(group);
            button.setUserData(tab);
            button.setMnemonicParsing(false);
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                group.selectToggle(was); // a tab stays chosen
            } else {
                tabs.getSelectionModel().select((Tab) is.getUserData());
            }
        });
        tabs.getSelectionModel().selectedItemProperty().subscribe(tab -> group.getToggles().stream()
                .filter(t -> t.getUserData() == tab).findFirst().ifPresent(group::selectToggle));
        tabs.getStyleClass().add("tab-bar-pane");
        root = new VBox(bar, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }
}
