package com.motstudio.store;

import com.motstudio.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** The sector templates a new workshop can start from: complete example journeys in each language. */
public final class Templates {
    /** The sectors that have a template, in the order they are offered; also the workshop's sector code. */
    public static final List<String> SECTORS = List.of("government", "bank", "telecom", "hotel", "airline",
            "ecommerce", "restaurant", "hospital");
    private static final String FOLDER = "/com/motstudio/templates/";

    private final WorkshopStore store;

    public Templates(WorkshopStore store) {
        this.store = store;
    }

    /**
     * Opens a template with every check of opening a file. Its baseline names the template, not a file
     * on disk: a workshop started from it is a new document, saved where the user chooses.
     */
    public LoadResult load(String sector, Language language) {
        if (!SECTORS.contains(sector)) {
            throw new IllegalArgumentException("no template for sector " + sector);
        }
        String file = sector + "." + language.tag() + ".mot.json";
        Path name = Path.of(file);
        try (InputStream in = Templates.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return new LoadResult.Refused(name, List.of(FileProblem.of(FileProblem.Kind.NOT_FOUND)));
            }
            return store.read(name, in.readAllBytes());
        } catch (IOException e) {
            return new LoadResult.Refused(name, List.of(FileProblem.of(FileProblem.Kind.UNREADABLE, String.valueOf(e.getMessage()))));
        }
    }

    /** The bundle key of a template's name, e.g. {@code templates.bank.name}. */
    public static String nameKey(String sector) {
        return key(sector, "name");
    }

    /** The bundle key of a template's one-line description. */
    public static String descriptionKey(String sector) {
        return key(sector, "description");
    }

    // The i18n test counts "templates." with a sector code and "name"/"description" as uses of these keys.
    private static String key(String sector, String field) {
        return "templates." + sector + "." + field;
    }
}
