package com.motstudio.ui.shell;

import atlantafx.base.theme.Styles;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The page of a step that is not built yet: says so plainly and shows what the workshop already
 * holds for that step, so nothing looks like content it isn't.
 */
final class StepPlaceholder {
    private StepPlaceholder() {}

    static Parent of(Page page, Workshop w, Texts texts) {
        FontIcon icon = new FontIcon(page.icon());
        icon.getStyleClass().add("empty-state-icon");
        Label heading = new Label(texts.get("nav." + page.key()));
        heading.getStyleClass().add(Styles.TITLE_2);
        Label coming = new Label(texts.get("step.comingSoon"));
        coming.setWrapText(true);
        coming.getStyleClass().add(Styles.TEXT_MUTED);
        Label holds = new Label(holdings(page, w, texts));
        holds.setWrapText(true);
        holds.setId("step-holdings");
        VBox box = new VBox(14, icon, heading, coming, holds);
        box.setPadding(new Insets(32));
        box.setMaxWidth(640);
        box.setId("step-" + page.key());
        return box;
    }

    private static String holdings(Page page, Workshop w, Texts texts) {
        return switch (page) {
            case PLAN -> texts.format("step.plan.holds", w.plan().standards().size(), w.plan().actions().size(), w.plan().kpis().size());
            case MONITOR -> texts.format("step.monitor.holds", w.monitoring().measurements().size(), w.monitoring().audits().size(),
                    w.monitoring().feedback().size());
            case EXPORT -> texts.get("step.export.holds");
            case WORKSHOP, JOURNEY, MOMENTS -> "";
        };
    }
}
