package com.motstudio.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code settings.json} in the user's config folder. A missing or damaged file
 * gives the defaults: preferences are never worth a crash.
 */
public final class SettingsStore {
    private final Path file;
    private final SafeWriter writer = new SafeWriter(FileOps.REAL);
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.json");
    }

    public Settings load(String defaultLanguage) {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults(defaultLanguage);
        }
        try {
            Settings settings = mapper.readValue(file.toFile(), Settings.class);
            return settings.language() == null || settings.language().isBlank()
                    ? settings.withLanguage(defaultLanguage) : settings;
        } catch (IOException | RuntimeException e) {
            return Settings.defaults(defaultLanguage);
        }
    }

    /**
     * Saves the settings safely and readable by the user only ({@code 600}: the recent files say what
     * they work on). A failure is returned rather than thrown, since the app goes on either way.
     */
    public IOException save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            writer.write(file, FileText.of(mapper.writeValueAsBytes(settings)), SafeWriter.Policy.PRIVATE_COPY);
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
