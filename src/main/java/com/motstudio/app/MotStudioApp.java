package com.motstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application (placeholder window until the shell lands). */
public final class MotStudioApp extends Application {

    public static void start(String[] args) {
        Application.launch(MotStudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("MOT Studio"), 400, 300));
        stage.show();
    }
}
