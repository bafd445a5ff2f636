package com.motstudio.i18n;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the i18n test decides that the code uses a key, and which keys the code names. */
final class KeyUsage {
    private static final Pattern LOOKUP = Pattern.compile(
            "\\.(?:get|format)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"\\s*[,)]");
    private static final String[] ENUM_PACKAGES = {"com.motstudio.model.", "com.motstudio.text.", "com.motstudio.store.", "com.motstudio.method."};

    private KeyUsage() {}

    /**
     * A key is used when the code names it as a literal, when it labels an existing enum constant
     * ({@code enum.<SimpleName>.<CONSTANT>}), or when the code builds it from a literal prefix
     * ({@code "prefs.theme." + value}).
     */
    static boolean isUsed(String key, String code) {
        if (code.contains("\"" + key + "\"")) {
            return true;
        }
        if (key.startsWith("enum.")) {
            return enumConstantExists(key);
        }
        int lastDot = key.lastIndexOf('.');
        if (code.contains("\"" + key.substring(0, lastDot + 1) + "\"")) {
            return true;
        }
        // guidance.<page>.<field>: built from the page name and the field name
        String[] parts = key.split("\\.");
        return parts.length == 3 && code.contains("\"" + parts[0] + ".\"")
                && code.contains("\"" + parts[1] + "\"") && code.contains("\"" + parts[2] + "\"");
    }

    /** Keys the code passes as literals to {@code get} or {@code format}. */
    static Set<String> literalKeys(String code) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = LOOKUP.matcher(code);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        keys.removeIf(k -> k.startsWith("java.") || k.startsWith("user.") || k.startsWith("os.")
                || k.startsWith("mot.") || k.startsWith("glass.") || k.startsWith("prism."));
        return keys;
    }

    private static boolean enumConstantExists(String key) {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        for (String pkg : ENUM_PACKAGES) {
            try {
                Class<?> type = Class.forName(pkg + parts[1]);
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(parts[2])) {
                            return true;
                        }
                    }
                }
            } catch (ClassNotFoundException e) {
                // not in this package; try the next
            }
        }
        return false;
    }
}
