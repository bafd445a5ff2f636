package com.motstudio.app;

import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.shell.Page;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in Chinese on a computer set to American English or German: date pickers, table
 * placeholders, dialog buttons and the Preferences dialog speak the app's language, not the OS's.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageEverywhereTest {
    private static final Path SHOTS = Path.of("target/language-everywhere");
    private final Locale before = Locale.getDefault();
    @TempDir
    Path home;
    private Stage stage;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    /** Opens the app as a computer with this OS locale would, the app set to Simplified Chinese. */
    private void open(FxRobot robot, Locale os, ThemeChoice theme, TextSize size) throws Exception {
        Locale.setDefault(os);
        robot.interact(() -> {
            app = new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTheme(theme).withTextSize(size));
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.clickOn("#start-blank");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onAnAmericanComputerEverythingSpeaksSimplifiedChinese(FxRobot robot) throws Exception {
        open(robot, Locale.US, ThemeChoice.LIGHT, TextSize.NORMAL);
        datePickerSpeaks(robot, Language.SIMPLIFIED_CHINESE, "us");
        placeholdersSpeak(robot, Language.SIMPLIFIED_CHINESE);
        dialogButtonsSpeak(robot, Language.SIMPLIFIED_CHINESE, "us");
    }

    @Test
    void onAGermanComputerInDarkLargeTypeEverythingSpeaksChineseAndThePreferencesFollowASwitchToTraditional(FxRobot robot) throws Exception {
        open(robot, Locale.GERMANY, ThemeChoice.DARK, TextSize.LARGE);
        datePickerSpeaks(robot, Language.SIMPLIFIED_CHINESE, "de");
        dialogButtonsSpeak(robot, Language.SIMPLIFIED_CHINESE, "de");

        Platform.runLater(() -> app.main.window().root().getScene().getAccelerators().entrySet().stream()
                .filter(e -> e.getKey().getName().contains(",") || e.getKey().getName().contains("Comma"))
                .findFirst().orElseThrow().getValue().run());
        waitFor(robot, "prefs-language");
        ComboBox<?> language = robot.lookup("#prefs-language").queryAs(ComboBox.class);
        robot.interact(() -> select(language, Language.TRADITIONAL_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        Texts traditional = new Texts(Language.TRADITIONAL_CHINESE);
        Node prefs = robot.lookup("#preferences").query();
        List<String> labels = robot.from(prefs).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(labels).contains(traditional.get("prefs.language"), traditional.get("prefs.theme"),
                traditional.get("prefs.textSize"), traditional.get("prefs.autosave"));
        assertThat(robot.lookup("#prefs-autosave").queryLabeled().getText()).isEqualTo(traditional.get("prefs.autosave.detail"));
        assertThat(buttonCellText(robot, "prefs-theme")).isEqualTo(traditional.of(ThemeChoice.DARK));
        assertThat(buttonCellText(robot, "prefs-text-size")).isEqualTo(traditional.of(TextSize.LARGE));
        assertThat(robot.lookup("#dialog-close").queryButton().getText()).isEqualTo(traditional.get("common.close"));
        assertThat(((Stage) prefs.getScene().getWindow()).getTitle()).isEqualTo(traditional.get("prefs.title"));
        shoot(prefs.getScene().getRoot(), "preferences-after-switch-zh-TW.png");
        assertThat(robot.lookup("#dialog-close").queryButton().getFont().getSize()).isEqualTo(TextSize.LARGE.pixels());
        ComboBox<?> size = robot.lookup("#prefs-text-size").queryAs(ComboBox.class);
        robot.interact(() -> select(size, TextSize.NORMAL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-close").queryButton().getFont().getSize()).as("the dialog follows the new text size")
                .isEqualTo(TextSize.NORMAL.pixels());
        robot.interact(() -> select(language, Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Texts english = new Texts(Language.ENGLISH);
        javafx.scene.text.Text shownAutosave = (javafx.scene.text.Text) robot.lookup("#prefs-autosave").query().lookup(".text");
        assertThat(shownAutosave.getText()).as("wrapped in the grown dialog, not cut").isEqualTo(english.get("prefs.autosave.detail"));
        assertThat(robot.lookup("#dialog-close").queryButton().getText()).isEqualTo(english.get("common.close"));
        shoot(prefs.getScene().getRoot(), "preferences-after-switch-en.png");
        robot.interact(() -> select(language, Language.TRADITIONAL_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#dialog-close").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        // the window was rebuilt in the new language while the dialog was open
        datePickerSpeaks(robot, Language.TRADITIONAL_CHINESE, "de-after-switch");
        placeholdersSpeak(robot, Language.TRADITIONAL_CHINESE);
    }

    private void datePickerSpeaks(FxRobot robot, Language language, String shot) throws Exception {
        robot.interact(() -> app.main.window().select(Page.WORKSHOP));
        waitFor(robot, "setup-start-date");
        DatePicker picker = robot.lookup("#setup-start-date").queryAs(DatePicker.class);
        robot.interact(() -> picker.setValue(LocalDate.of(2026, 12, 6)));
        assertThat(picker.getEditor().getText()).isEqualTo("2026-12-06");
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        Node popup = robot.lookup(".date-picker-popup").match(Node::isVisible).query();
        List<String> names = robot.from(popup).lookup(".spinner-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(names).contains(Month.DECEMBER.getDisplayName(TextStyle.FULL_STANDALONE, language.locale()))
                .noneMatch(n -> n.contains("December") || n.contains("Dezember"));
        List<String> weekdays = robot.from(popup).lookup(".day-name-cell").queryAllAs(DateCell.class).stream().map(DateCell::getText).toList();
        String sunday = java.time.DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT_STANDALONE, language.locale());
        assertThat(weekdays).hasSize(7).contains(sunday).noneMatch(d -> d.matches(".*[A-Za-z].*"));
        shoot(popup.getScene().getRoot(), "date-picker-" + shot + ".png");
        robot.interact(picker::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On every step page of a blank workshop, each table and list says in the app's language that it is empty. */
    private void placeholdersSpeak(FxRobot robot, Language language) throws Exception {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Page page : List.of(Page.JOURNEY, Page.MOMENTS, Page.PLAN, Page.MONITOR)) {
            robot.interact(() -> app.main.window().select(page));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> views = new ArrayList<>(robot.lookup(".table-view").queryAll());
            // a combo box's own list is no table of the page
            views.addAll(robot.lookup(".list-view").match(l -> !(l.getParent() instanceof ComboBox<?>)).queryAll());
            for (Node view : views) {
                Node placeholder = view instanceof TableView<?> t ? t.getPlaceholder() : view instanceof ListView<?> l ? l.getPlaceholder() : null;
                String text = placeholder instanceof Labeled l ? l.getText() : null;
                seen++;
                if (text == null || !text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    wrong.add(page + " " + view.getId() + " " + view.getStyleClass() + " in " + view.getParent() + ": " + text);
                }
            }
            shoot(stage.getScene().getRoot(), "placeholders-" + page.key() + "-" + language.tag() + ".png");
        }
        assertThat(seen).as("tables and lists found").isGreaterThan(10);
        assertThat(wrong).as("tables or lists with no placeholder in " + language).isEmpty();
    }

    private void dialogButtonsSpeak(FxRobot robot, Language language, String shot) throws Exception {
        Texts texts = new Texts(language);
        Platform.runLater(() -> app.dialogs().inform("i", "m"));
        waitFor(robot, "dialog-ok");
        assertThat(robot.lookup("#dialog-ok").queryButton().getText()).isEqualTo(texts.get("common.ok")).isNotEqualTo("OK");
        shoot(robot.lookup("#dialog-ok").query().getScene().getRoot(), "dialog-" + shot + ".png");
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        Platform.runLater(() -> app.dialogs().showProblems("p", "m", List.of("a")));
        waitFor(robot, "dialog-ok");
        assertThat(robot.lookup("#dialog-ok").queryButton().getText()).isEqualTo(texts.get("common.ok"));
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        Platform.runLater(() -> app.dialogs().confirm("c", "m"));
        waitFor(robot, "dialog-yes");
        assertThat(robot.lookup("#dialog-yes").queryButton().getText()).isEqualTo(texts.get("common.yes"));
        assertThat(robot.lookup("#dialog-no").queryButton().getText()).isEqualTo(texts.get("common.no"));
        robot.interact(() -> robot.lookup("#dialog-no").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(ComboBox<T> combo, Object value) {
        combo.setValue((T) value);
    }

    private static String buttonCellText(FxRobot robot, String comboId) {
        ComboBox<?> combo = robot.lookup("#" + comboId).queryAs(ComboBox.class);
        String[] shown = new String[1];
        robot.interact(() -> shown[0] = ((Labeled) ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) combo.getSkin()).getDisplayNode()).getText());
        return shown[0];
    }

    private static void shoot(Node root, String name) throws Exception {
        Files.createDirectories(SHOTS);
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        org.testfx.api.FxToolkit.setupFixture(() -> shot[0] = root.getScene().snapshot(null));
        Snapshots.writePng(shot[0], SHOTS.resolve(name));
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).match(Node::isVisible).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
