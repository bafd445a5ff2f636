package com.motstudio.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserFoldersTest {
    private final Path home = Path.of("/home/li");

    @Test
    void linuxFollowsXdgWithItsDefaults() {
        UserFolders defaults = UserFolders.resolve(null, "Linux", home, Map.of());
        assertThat(defaults.configDir()).isEqualTo(Path.of("/home/li/.config/mot-studio"));
        assertThat(defaults.recoveryDir()).isEqualTo(Path.of("/home/li/.local/state/mot-studio/recovery"));
        UserFolders xdg = UserFolders.resolve(null, "Linux", home, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/st"));
        assertThat(xdg.configDir()).isEqualTo(Path.of("/cfg/mot-studio"));
        assertThat(xdg.recoveryDir()).isEqualTo(Path.of("/st/mot-studio/recovery"));
    }

    @Test
    void macosUsesApplicationSupport() {
        UserFolders mac = UserFolders.resolve(null, "Mac OS X", Path.of("/Users/li"), Map.of());
        assertThat(mac.configDir()).isEqualTo(Path.of("/Users/li/Library/Application Support/MOT Studio"));
        assertThat(mac.recoveryDir()).isEqualTo(Path.of("/Users/li/Library/Application Support/MOT Studio/Recovery"));
    }

    @Test
    void windowsUsesRoamingForSettingsAndLocalForRecovery() {
        UserFolders win = UserFolders.resolve(null, "Windows 11", home,
                Map.of("APPDATA", "/C/Users/li/AppData/Roaming", "LOCALAPPDATA", "/C/Users/li/AppData/Local"));
        assertThat(win.configDir()).isEqualTo(Path.of("/C/Users/li/AppData/Roaming/MOT Studio"));
        assertThat(win.recoveryDir()).isEqualTo(Path.of("/C/Users/li/AppData/Local/MOT Studio/Recovery"));
        assertThat(UserFolders.resolve(null, "Windows 10", home, Map.of()).configDir())
                .isEqualTo(home.resolve("AppData/Roaming/MOT Studio"));
    }

    @Test
    void motHomeOverridesEverything() {
        UserFolders portable = UserFolders.resolve("/usb/mot", "Windows 11", home, Map.of("APPDATA", "/x"));
        assertThat(portable.configDir()).isEqualTo(Path.of("/usb/mot/config"));
        assertThat(portable.recoveryDir()).isEqualTo(Path.of("/usb/mot/recovery"));
    }
}
