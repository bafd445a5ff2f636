package com.motstudio.report.pdf;

import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters an export left out of its PDF because neither the bundled font nor any fallback
 * font could draw them, and where in the workshop each one stands: per named thing (a touchpoint,
 * a stage, a standard…) the characters of its own texts that are missing. Empty when every
 * character was drawn.
 *
 * @param characters every missing character, in code point order
 * @param places     where they stand, in the order of the workshop; a character found in no text of
 *                   the workshop has a place with an empty path
 */
public record MissingGlyphs(Set<Integer> characters, List<Place> places) {
    /** How many places {@link #describe} lists before saying how many more there are. */
    static final int LISTED = 20;
    private static final String KIND = "export.glyphs.kind.";
    private static final String PART = "export.glyphs.part.";
    private static final Set<String> NAMES = Set.of("name", "title", "text", "behaviour", "respondent");

    public MissingGlyphs {
        characters = Set.copyOf(new TreeSet<>(characters));
        places = List.copyOf(places);
    }

    /** Nothing missing. */
    public static final MissingGlyphs NONE = new MissingGlyphs(Set.of(), List.of());

    /**
     * One step of a place's path: a part of the workshop ({@code kind} a type of thing, {@code name}
     * empty) or a thing in a list ({@code kind} its simple type name, {@code name} its name or "#n").
     */
    public record Step(String kind, String name, boolean part) {}

    /** A thing whose own texts hold missing characters. */
    public record Place(List<Step> path, String characters) {
        public Place {
            path = List.copyOf(path);
        }
    }

    public boolean isEmpty() {
        return characters.isEmpty();
    }

    /** Finds where the given characters stand in the workshop's texts. */
    static MissingGlyphs find(Workshop workshop, Set<Integer> missing) {
        if (missing.isEmpty()) {
            return NONE;
        }
        Map<List<Step>, Set<Integer>> found = new LinkedHashMap<>();
        for (RecordComponent part : Workshop.class.getRecordComponents()) {
            walk(workshop, value(part, workshop), List.of(new Step(part.getName(), "", true)), missing, found);
        }
        Set<Integer> placed = new TreeSet<>();
        List<Place> places = new ArrayList<>();
        found.forEach((path, chars) -> {
            placed.addAll(chars);
            places.add(new Place(path, text(chars)));
        });
        Set<Integer> elsewhere = new TreeSet<>(missing);
        elsewhere.removeAll(placed);
        if (!elsewhere.isEmpty()) {
            places.add(new Place(List.of(), text(elsewhere)));
        }
        return new MissingGlyphs(missing, places);
    }

    private static void walk(Workshop workshop, Object value, List<Step> path, Set<Integer> missing, Map<List<Step>, Set<Integer>> found) {
        switch (value) {
            case String s -> s.codePoints().filter(missing::contains)
                    .forEach(cp -> found.computeIfAbsent(path, k -> new TreeSet<>()).add(cp));
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (!isReference(c.getName())) {
                        walk(workshop, value(c, r), path, missing, found);
                    }
                }
            }
            case Collection<?> list -> {
                int n = 0;
                for (Object element : list) {
                    n++;
                    List<Step> inner = path;
                    if (element instanceof Record r) {
                        inner = new ArrayList<>(path);
                        inner.add(new Step(r.getClass().getSimpleName(), name(workshop, r, n), false));
                    }
                    walk(workshop, element, inner, missing, found);
                }
            }
            case null, default -> { }
        }
    }

    /** Ids, links and the logo: never drawn as text. */
    private static boolean isReference(String component) {
        return component.equals("id") || component.endsWith("Id") || component.endsWith("Ids") || component.equals("logoBase64")
                || component.equals("language");
    }

    private static String name(Workshop workshop, Record r, int position) {
        String touchpoint = null;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(c, r);
            if (NAMES.contains(c.getName()) && v instanceof String s && !s.isBlank()) {
                return s;
            }
            if (c.getName().equals("touchpointId") && v instanceof String id) {
                touchpoint = workshop.journey().touchpoint(id).map(Touchpoint::name).filter(s -> !s.isBlank()).orElse(null);
            }
        }
        return touchpoint != null ? touchpoint : "#" + position;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static String text(Set<Integer> codePoints) {
        StringBuilder s = new StringBuilder();
        codePoints.forEach(cp -> s.append(s.isEmpty() ? "" : " ").appendCodePoint(cp));
        return s.toString();
    }

    /**
     * The warning to show: a first line saying how many characters are missing, then one line per
     * place (the place, then each character with its code point), at most {@link #LISTED} and a line for the rest.
     */
    public List<String> describe(Texts texts) {
        if (isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.format("export.glyphs.summary", characters.size()));
        for (Place place : places.subList(0, Math.min(LISTED, places.size()))) {
            lines.add(texts.format("export.glyphs.place", where(place.path(), texts), shown(place.characters())));
        }
        if (places.size() > LISTED) {
            lines.add(texts.format("export.glyphs.more", places.size() - LISTED));
        }
        return lines;
    }

    /** Each character followed by its code point ("U+20000"), which names it where no font on screen can draw it either. */
    private static String shown(String characters) {
        StringBuilder out = new StringBuilder();
        characters.codePoints().forEach(c -> {
            if (!out.isEmpty()) {
                out.append("  ");
            }
            out.appendCodePoint(c).append(String.format(java.util.Locale.ROOT, " U+%04X", c));
        });
        return out.toString();
    }

    private static String where(List<Step> path, Texts texts) {
        if (path.isEmpty()) {
            return texts.get("export.glyphs.elsewhere");
        }
        String last = step(path.getLast(), texts);
        if (path.size() == 1) {
            return last;
        }
        List<String> outer = path.subList(0, path.size() - 1).stream().map(s -> step(s, texts)).toList();
        return texts.format("export.glyphs.within", last, String.join(" ▸ ", outer));
    }

    private static String step(Step step, Texts texts) {
        if (step.part()) {
            return texts.get(PART + step.kind());
        }
        String kind = texts.has(KIND + step.kind()) ? texts.get(KIND + step.kind()) : texts.get(KIND + "item");
        return texts.format("export.glyphs.named", kind, step.name());
    }
}
