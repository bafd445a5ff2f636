import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.time.Instant;

/**
 * The floor of the start-up benchmark: a hello-world JavaFX stage as big as MOT Studio's window,
 * run with the same runtime and flags. It reports its first frame exactly as the app's
 * StartupProbe does (after the first layout pulse has been rendered and the FX thread is free),
 * then quits. Compiled and run by installers/startup-benchmark.sh; not part of the app.
 */
public final class HelloStage extends Application {
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1180, 780);
        stage.setScene(scene);
        stage.show();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                Instant now = Instant.now();
                System.out.println("mot.firstFrame epochMicros=" + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000));
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
