package com.motstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app starts (headless) and quits with none of the room session's classes loaded: not the
 * server, not the QR code, not its window. They load only when the user starts a session.
 */
class RoomNotAtStartupTest {
    @TempDir
    Path home;

    @Test
    void startingAndQuittingTheAppLoadsNothingOfTheRoomSession() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(List.of(java, "-Dglass.platform=Headless", "-Dprism.order=sw",
                "--enable-native-access=ALL-UNNAMED", "-Duser.home=" + home, "-Dmot.startup.quit=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()))
                .redirectErrorStream(true).start();
        String loaded = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(loaded).as("the main window was built").contains("com.motstudio.ui.shell.MenuBarView ");
        assertThat(loaded).doesNotContain("com.motstudio.room.").doesNotContain("com.motstudio.ui.room.")
                .doesNotContain("com.sun.net.httpserver").doesNotContain("io.nayuki.qrcodegen");
    }
}
