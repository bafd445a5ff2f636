package com.motstudio.ui.setup;

import atlantafx.base.theme.Styles;
import com.motstudio.report.LogoImage;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FxImages;
import com.motstudio.ui.common.TaskRunner;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * The client's logo and the accent colour that printed documents use. The logo's thumbnail is
 * decoded in the background at thumbnail size, whatever the picture's own size.
 */
final class BrandingEditor {
    private static final double THUMBNAIL_WIDTH = 160;
    private static final double THUMBNAIL_HEIGHT = 80;
    /** Pixels decoded along the thumbnail's longer side: sharp on a screen at twice the size. */
    private static final int THUMBNAIL_PIXELS = 320;
    private final SetupViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    /** Counts logos shown, so a thumbnail decoded for an older logo is dropped. */
    private long shown;
    private final ImageView thumbnail = new ImageView();
    private final Label noLogo;
    private final VBox root;

    BrandingEditor(SetupViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.runner = runner;
        noLogo = new Label(texts.get("setup.logo.none"));
        noLogo.getStyleClass().add(Styles.TEXT_MUTED);
        noLogo.setWrapText(true);
        thumbnail.setFitWidth(THUMBNAIL_WIDTH);
        thumbnail.setFitHeight(THUMBNAIL_HEIGHT);
        thumbnail.setPreserveRatio(true);
        thumbnail.setId("setup-logo-thumbnail");
        thumbnail.setAccessibleText(texts.get("setup.logo.preview"));
        StackPane frame = new StackPane(noLogo, thumbnail);
        frame.setMinSize(THUMBNAIL_WIDTH + 16, THUMBNAIL_HEIGHT + 16);
        frame.setMaxSize(THUMBNAIL_WIDTH + 16, THUMBNAIL_HEIGHT + 16);
        frame.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-padding: 8;");
        Button choose = new Button(texts.get("setup.logo.choose"));
        choose.setId("setup-choose-logo");
        choose.setOnAction(e -> chooseLogo());
        Button remove = new Button(texts.get("setup.logo.remove"));
        remove.setId("setup-remove-logo");
        remove.setOnAction(e -> vm.removeLogo());
        remove.disableProperty().bind(vm.logoProperty().isEmpty());
        Label hint = new Label(texts.get("setup.logo.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox logoActions = new VBox(8, new HBox(8, choose, remove), hint);
        HBox logo = new HBox(16, frame, logoActions);
        logo.setAlignment(Pos.CENTER_LEFT);

        ColorPicker accent = new ColorPicker();
        accent.setId("setup-accent-color");
        Label accentLabel = new Label(texts.get("setup.accent.label"));
        accentLabel.setMnemonicParsing(true);
        accentLabel.setLabelFor(accent);
        vm.accentColorProperty().subscribe(hex -> accent.setValue(Color.web(hex)));
        accent.valueProperty().addListener((o, before, color) -> vm.commitAccentColor(hex(color)));
        HBox accentRow = new HBox(12, accentLabel, accent);
        accentRow.setAlignment(Pos.CENTER_LEFT);

        vm.logoProperty().subscribe(this::showLogo);
        root = new VBox(14, logo, accentRow);
    }

    Parent root() {
        return root;
    }

    private void chooseLogo() {
        dialogs.chooseImage().ifPresent(file -> {
            try {
                if (Files.size(file) > SetupViewModel.MAX_LOGO_BYTES) {
                    refuse(file, new LogoRefusal("setup.logo.tooLarge"));
                    return;
                }
                vm.commitLogo(Files.readAllBytes(file)).ifPresent(problem -> refuse(file, problem));
            } catch (IOException e) {
                dialogs.showError(texts.get("setup.logo.errorTitle"),
                        texts.format("setup.logo.unreadable", file.getFileName(), e.getLocalizedMessage()));
            }
        });
    }

    private void refuse(Path file, LogoRefusal problem) {
        dialogs.showError(texts.get("setup.logo.errorTitle"), texts.format("setup.logo.refused", file.getFileName(),
                texts.format(problem.key(), problem.values().toArray())));
    }

    private void showLogo(String base64) {
        long request = ++shown;
        thumbnail.setImage(null);
        noLogo.setVisible(true);
        if (base64.isEmpty()) {
            noLogo.setText(texts.get("setup.logo.none"));
            return;
        }
        noLogo.setText(texts.get("setup.logo.loading"));
        byte[] bytes = Base64.getDecoder().decode(base64);
        runner.renders().run(() -> LogoImage.fitted(bytes, THUMBNAIL_PIXELS), picture -> {
            if (request == shown) {
                thumbnail.setImage(FxImages.of(picture));
                noLogo.setVisible(false);
            }
        }, failure -> {
            if (request == shown) {
                noLogo.setText(failure instanceof LogoImage.TooLarge tooLarge
                        ? texts.format("setup.logo.tooLargeToShow", tooLarge.size().width(), tooLarge.size().height())
                        : texts.get("setup.logo.cannotShow"));
            }
        });
    }

    static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255));
    }
}
