package com.motstudio.text;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every visible text of MOT Studio, in one language, read from the resource bundles
 * ({@code messages}, {@code setup}, {@code problems}, {@code cli}, {@code guidance}). English is the base bundle.
 */
public final class Texts {
    /** The bundles, in lookup order. */
    public static final List<String> BUNDLES = List.of("messages", "setup", "journey", "map", "importing", "templates", "moments", "methods",
            "surveys", "surveydata", "charts", "plan", "monitor", "problems", "cli", "guidance", "export", "present", "merging", "room");
    private static final String PACKAGE = "com.motstudio.i18n.";

    private final Language language;
    private final List<ResourceBundle> bundles = new ArrayList<>();
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Texts(Language language) {
        this.language = language;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            bundles.add(ResourceBundle.getBundle(PACKAGE + name, language.locale(), control));
        }
    }

    public Language language() {
        return language;
    }

    /** The text for a key; a missing key shows as {@code !key!} so it is seen and fixed, never hidden. */
    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return "!" + key + "!";
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for a key with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        try {
            // a pattern is parsed once per Texts: the documents format thousands of table cells with a few patterns
            MessageFormat pattern = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), language.locale()));
            synchronized (pattern) {
                return pattern.format(args);
            }
        } catch (IllegalArgumentException e) {
            throw new MissingResourceException("Bad pattern for " + key + ": " + e.getMessage(), PACKAGE, key);
        }
    }

    /** The label of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String of(Enum<?> value) {
        return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
