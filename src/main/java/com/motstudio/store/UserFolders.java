package com.motstudio.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where MOT Studio keeps per-user settings and recovery copies, following each OS's convention.
 * The system property {@code mot.home} puts both under one folder (tests, portable installs).
 */
public final class UserFolders {
    private static final String APP = "mot-studio";
    private static final String APP_TITLE = "MOT Studio";

    private final Path configDir;
    private final Path recoveryDir;

    public UserFolders(Path configDir, Path recoveryDir) {
        this.configDir = configDir;
        this.recoveryDir = recoveryDir;
    }

    public static UserFolders forCurrentUser() {
        return resolve(System.getProperty("mot.home"), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    /** The folders for an OS name, home folder and environment (separated out so every OS is testable). */
    static UserFolders resolve(String motHome, String osName, Path home, Map<String, String> env) {
        if (motHome != null && !motHome.isBlank()) {
            Path base = Path.of(motHome);
            return new UserFolders(base.resolve("config"), base.resolve("recovery"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = env.containsKey("APPDATA") ? Path.of(env.get("APPDATA")) : home.resolve("AppData").resolve("Roaming");
            Path local = env.containsKey("LOCALAPPDATA") ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData").resolve("Local");
            return new UserFolders(roaming.resolve(APP_TITLE), local.resolve(APP_TITLE).resolve("Recovery"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP_TITLE);
            return new UserFolders(support, support.resolve("Recovery"));
        }
        Path config = env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        Path state = env.containsKey("XDG_STATE_HOME") ? Path.of(env.get("XDG_STATE_HOME")) : home.resolve(".local").resolve("state");
        return new UserFolders(config.resolve(APP), state.resolve(APP).resolve("recovery"));
    }

    public Path configDir() {
        return configDir;
    }

    public Path recoveryDir() {
        return recoveryDir;
    }
}
