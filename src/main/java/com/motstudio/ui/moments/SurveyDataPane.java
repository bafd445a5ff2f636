package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The Survey data tab: the instruments and their answers, typed in or imported — SERVQUAL items
 * and questionnaires, KANO needs and questionnaires, NPS / CSAT / 好差评 counts, IPA points. The
 * Evidence tab shows what they add up to.
 */
final class SurveyDataPane {
    private final TabPane tabs = new TabPane();

    SurveyDataPane(MomentsViewModel vm, Texts texts, Dialogs dialogs, SurveyImports imports) {
        Label kanoNeeds = new Label(texts.get("surveydata.kano.needs"));
        kanoNeeds.getStyleClass().add(Styles.TEXT_BOLD);
        Label kanoAnswers = new Label(texts.get("surveydata.kano.answers"));
        kanoAnswers.getStyleClass().add(Styles.TEXT_BOLD);
        kanoAnswers.setWrapText(true);
        kanoAnswers.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Button importKano = new javafx.scene.control.Button(texts.get("moments.import.kano"));
        importKano.setId("moments-import-kano");
        importKano.setOnAction(e -> imports.kano());
        VBox kano = new VBox(8, kanoNeeds, new KanoNeedsEditor(vm, texts, dialogs).root(), importKano, kanoAnswers,
                new KanoAnswers(vm, texts, dialogs).root());
        kano.setPadding(new Insets(10, 12, 12, 12));
        // short tab titles (the four fit beside each other at any text size), the whole title as tooltip
        tabs.getTabs().setAll(
                tab(texts, "servqual", "moments-data-servqual", new ServqualEditor(vm, texts, dialogs, imports::servqual).root()),
                tab(texts, "kano", "moments-data-kano", kano),
                tab(texts, "ratings", "moments-data-ratings", new RatingSurveysEditor(vm, texts, imports::ratings).root()),
                tab(texts, "ipa", "moments-data-ipa", new IpaEditor(vm, texts, dialogs, imports::ipa).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("moments-data-tabs");
    }

    Node root() {
        return tabs;
    }

    private static Tab tab(Texts texts, String survey, String id, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        com.motstudio.ui.common.ScrollToFocus.follow(scroll);
        Tab tab = new Tab(texts.get("surveydata.tab." + survey), scroll);
        tab.setTooltip(new javafx.scene.control.Tooltip(texts.get("moments." + survey + ".title")));
        tab.setId(id);
        return tab;
    }
}
