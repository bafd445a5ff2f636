package com.motstudio.ui.setup;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.ScrollToFocus;
import com.motstudio.ui.common.TaskRunner;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/**
 * The Workshop (setup) page: what the workshop is, whose journeys it follows (customer types and
 * tiers), who takes part, and how its printed documents look — one scrollable form.
 */
public final class SetupView {
    /** Wide enough for two columns of text, narrow enough that lines stay readable on a wide screen. */
    private static final double MAX_CONTENT_WIDTH = 860;
    private final ScrollPane root;

    /** @param runner where the logo's thumbnail is decoded (its render lane), away from the FX thread */
    public SetupView(SetupViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner) {
        Label heading = new Label(texts.get("setup.heading"));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = muted(texts.get("setup.intro"));
        VBox page = new VBox(16, heading, intro,
                section(texts, "setup.section.workshop", "setup.section.workshop.help", new WorkshopForm(vm, texts).root()),
                section(texts, "setup.section.customerTypes", "setup.section.customerTypes.help",
                        new CustomerTypesEditor(vm.customerTypes(), texts, dialogs).root()),
                section(texts, "setup.section.tiers", "setup.section.tiers.help", new TiersEditor(vm.tiers(), texts).root()),
                section(texts, "setup.section.people", "setup.section.people.help",
                        new PeopleEditor(vm.people(), texts, dialogs).root()),
                section(texts, "setup.section.branding", "setup.section.branding.help",
                        new BrandingEditor(vm, texts, dialogs, runner).root()));
        page.setPadding(new Insets(20, 24, 32, 24));
        page.setMaxWidth(MAX_CONTENT_WIDTH);
        page.setId("setup-page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("setup-scroll");
        root.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        ScrollToFocus.follow(root);
    }

    public Parent root() {
        return root;
    }

    private static Node section(Texts texts, String titleKey, String helpKey, Node content) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_3);
        VBox section = new VBox(8, new Separator(), title, muted(texts.get(helpKey)), content);
        VBox.setMargin(content, new Insets(6, 0, 0, 0));
        return section;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
