package com.motstudio.ui.setup;

import atlantafx.base.theme.Styles;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Dialogs;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;

/** The client's logo and accent colour, used on printed documents. */
final class BrandingEditor {
    private final HBox root;
    private final ImageView logo = new ImageView();
    private final Label noLogo;

    BrandingEditor(SetupViewModel vm, Texts texts, Dialogs dialogs) {
        noLogo = new Label(texts.get("setup.branding.noLogo"));
        noLogo.getStyleClass().add(Styles.TEXT_MUTED);
        logo.setFitWidth(120);
        logo.setFitHeight(60);
        logo.setPreserveRatio(true);
        logo.setId("setup-logo");
        StackPane frame = new StackPane(noLogo, logo);
        frame.setMinSize(140, 70);
        frame.getStyleClass().add("logo-frame");
        Button choose = new Button(texts.get("setup.branding.chooseLogo"));
        choose.setId("setup-choose-logo");
        choose.setOnAction(e -> dialogs.chooseImage().ifPresent(path -> {
            try {
                vm.commitLogo(Files.readAllBytes(path));
            } catch (IOException ex) {
                dialogs.showError(texts.get("setup.branding.logoUnreadable"), path + ": " + ex.getMessage());
            }
        }));
        Button remove = new Button(texts.get("common.remove"));
        remove.setId("setup-remove-logo");
        remove.setOnAction(e -> vm.removeLogo());
        remove.disableProperty().bind(vm.logoBase64Property().isEmpty());
        Label accentLabel = new Label(texts.get("setup.branding.accent"));
        ColorPicker accent = new ColorPicker(Color.web(vm.accentColorProperty().get()));
        accent.setId("setup-accent");
        accentLabel.setLabelFor(accent);
        accent.valueProperty().addListener((o, a, b) -> vm.commitAccentColor(hex(b)));
        vm.accentColorProperty().addListener((o, a, b) -> accent.setValue(Color.web(b)));
        vm.logoBase64Property().subscribe(this::show);
        root = new HBox(12, frame, choose, remove, accentLabel, accent);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Parent root() {
        return root;
    }

    private void show(String base64) {
        Image image = base64.isEmpty() ? null : new Image(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        logo.setImage(image);
        noLogo.setVisible(image == null);
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
