package com.motstudio.templates;

import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sector templates the app ships, {@code <sector>.<language>.mot.json}, from their
 * trilingual sources, exactly as the app saves a workshop. Run after editing a source:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.motstudio.templates.TemplateGenerator}
 * (an argument names another output folder). {@code TemplatesTest} fails while the files are stale.
 */
public final class TemplateGenerator {
    /** Where the app's templates live in the source tree. */
    public static final Path RESOURCES = Path.of("src/main/resources/com/motstudio/templates");

    private TemplateGenerator() {}

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : RESOURCES;
        Files.createDirectories(folder);
        int written = 0;
        for (String sector : Templates.SECTORS) {
            TemplateSource source = TemplateSource.of(sector);
            for (Language language : Language.values()) {
                Files.write(folder.resolve(fileName(sector, language)), bytes(source, language));
                written++;
            }
        }
        System.out.println("Wrote " + written + " templates to " + folder.toAbsolutePath());
    }

    /** The bytes of one template, as the generator writes them now. */
    public static byte[] bytes(TemplateSource source, Language language) {
        return new WorkshopStore().toJson(source.workshop(language), null);
    }

    public static String fileName(String sector, Language language) {
        return sector + "." + language.tag() + ".mot.json";
    }
}
