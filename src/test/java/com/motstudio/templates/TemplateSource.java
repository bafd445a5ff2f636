package com.motstudio.templates;

import com.motstudio.model.Channel;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trilingual source of one sector template ({@code <sector>.txt} in the test resources of this
 * package), read into one workshop per language. The layout is explained at the top of each source.
 */
public final class TemplateSource {
    /** The order in which every text gives its languages. */
    static final List<Language> LANGUAGES = List.of(Language.SIMPLIFIED_CHINESE, Language.TRADITIONAL_CHINESE, Language.ENGLISH);
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "workshop", Set.of("title", "notes"),
            "customer", Set.of("name", "description"),
            "stage", Set.of("name", "description"),
            "touchpoint", Set.of("name", "description", "owner", "action", "pain", "opportunity", "evidence"));
    private static final Set<String> REPEATABLE = Set.of("pain", "opportunity");

    /** One text in the three languages. */
    private record Text(List<String> values) {
        String in(Language language) {
            return values.get(LANGUAGES.indexOf(language));
        }
    }

    /** A workshop, customer type, stage or touchpoint as the source gives it. */
    private static final class Draft {
        final String kind;
        final String id;
        final Map<String, List<Text>> texts = new HashMap<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Integer> emotions = new LinkedHashMap<>();
        final List<Draft> children = new ArrayList<>();

        Draft(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        String text(String field, Language language) {
            List<Text> values = texts.get(field);
            return values == null ? "" : values.getFirst().in(language);
        }

        List<String> texts(String field, Language language) {
            return texts.getOrDefault(field, List.of()).stream().map(t -> t.in(language)).toList();
        }
    }

    private final String sector;
    private final List<String> lines;
    private int next;
    private final Draft workshop = new Draft("workshop", "");
    private final List<Draft> customers = new ArrayList<>();
    private final List<Draft> stages = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private TemplateSource(String sector, List<String> lines) {
        this.sector = sector;
        this.lines = lines;
    }

    /** Reads the source of {@code sector} from the test class path; a mistake in it names its line. */
    public static TemplateSource of(String sector) {
        try (InputStream in = TemplateSource.class.getResourceAsStream(sector + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no template source for sector " + sector);
            }
            TemplateSource source = new TemplateSource(sector, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            source.parse();
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template in one language: setup, customer types and journey; the later steps start empty. */
    public Workshop workshop(Language language) {
        WorkshopInfo info = WorkshopInfo.empty().withTitle(workshop.text("title", language)).withSector(sector)
                .withLanguage(language.tag()).withNotes(workshop.text("notes", language));
        List<CustomerType> types = customers.stream().map(c -> new CustomerType(c.id,
                CustomerKind.valueOf(c.attributes.get("kind")), c.text("name", language), c.text("description", language))).toList();
        List<Stage> journey = stages.stream().map(s -> new Stage(s.id, s.text("name", language), s.text("description", language),
                s.children.stream().map(t -> touchpoint(t, language)).toList())).toList();
        return new Workshop(info, types, List.of(), new Journey(journey), null, null, null);
    }

    private Touchpoint touchpoint(Draft t, Language language) {
        Set<TouchpointRole> roles = EnumSet.noneOf(TouchpointRole.class);
        roles(t).forEach(role -> roles.add(TouchpointRole.valueOf(role)));
        List<EmotionScore> emotions = customers.stream().map(c -> new EmotionScore(c.id, t.emotions.get(c.id))).toList();
        return new Touchpoint(t.id, t.text("name", language), t.text("description", language),
                Channel.valueOf(t.attributes.get("channel")), JourneyPhase.valueOf(t.attributes.get("phase")),
                MomentCategory.valueOf(t.attributes.get("category")), roles, t.text("owner", language),
                t.text("action", language), emotions, t.texts("pain", language), t.texts("opportunity", language),
                t.text("evidence", language));
    }

    private void parse() {
        Draft current = null;
        while (next < lines.size()) {
            String line = lines.get(next++).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "workshop" -> {
                    check(current == null, "the workshop line comes first");
                    check(words.length == 2 && words[1].equals("sector=" + sector), "expected: workshop sector=" + sector);
                    current = workshop;
                }
                case "customer" -> current = record(words, "customer", customers, "kind");
                case "stage" -> current = record(words, "stage", stages);
                case "touchpoint" -> {
                    check(!stages.isEmpty(), "a touchpoint belongs to the stage above it");
                    current = record(words, "touchpoint", stages.getLast().children, "channel", "phase", "category", "roles");
                }
                case "emotions" -> emotions(current, words);
                default -> text(current, words[0], line);
            }
        }
        check(workshop.texts.containsKey("title"), "the workshop has no title");
        customers.forEach(this::named);
        stages.forEach(s -> {
            named(s);
            s.children.forEach(this::complete);
        });
    }

    private Draft record(String[] words, String kind, List<Draft> into, String... keys) {
        check(words.length >= 2 && ids.add(words[1]), "a " + kind + " needs an id of its own");
        Draft draft = new Draft(kind, words[1]);
        for (int i = 2; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            check(pair.length == 2 && List.of(keys).contains(pair[0]), "unknown attribute " + words[i]);
            draft.attributes.put(pair[0], pair[1]);
        }
        for (String key : keys) {
            check(draft.attributes.containsKey(key) || key.equals("roles"), kind + " " + draft.id + " needs " + key + "=");
        }
        if (kind.equals("customer")) {
            constant(CustomerKind.class, draft.attributes.get("kind"));
        } else if (kind.equals("touchpoint")) {
            constant(Channel.class, draft.attributes.get("channel"));
            constant(JourneyPhase.class, draft.attributes.get("phase"));
            constant(MomentCategory.class, draft.attributes.get("category"));
            roles(draft).forEach(role -> constant(TouchpointRole.class, role));
        }
        into.add(draft);
        return draft;
    }

    private void emotions(Draft current, String[] words) {
        check(current != null && current.kind.equals("touchpoint") && current.emotions.isEmpty(), "emotions belong to a touchpoint, once");
        for (int i = 1; i < words.length; i++) {
            String[] pair = words[i].split("=", 2);
            boolean known = customers.stream().anyMatch(c -> c.id.equals(pair[0]));
            check(pair.length == 2 && known && pair[1].matches("[+-]?[0-5]") && !current.emotions.containsKey(pair[0]),
                    "expected customer-type-id=score (-5 to 5) for each customer type: " + words[i]);
            current.emotions.put(pair[0], Integer.parseInt(pair[1]));
        }
    }

    private void text(Draft current, String field, String line) {
        check(current != null && FIELDS.get(current.kind).contains(field), "unknown line: " + line);
        check(REPEATABLE.contains(field) || !current.texts.containsKey(field), field + " is given twice");
        List<String> values = new ArrayList<>();
        String rest = line.substring(field.length()).strip();
        for (Language language : LANGUAGES) {
            if (language != LANGUAGES.getFirst()) {
                check(next < lines.size(), field + " lacks its " + language.tag() + " line");
                rest = lines.get(next++).strip();
            }
            String tag = language.tag() + " ";
            check(rest.startsWith(tag) && !rest.substring(tag.length()).isBlank(), field + " needs a line starting with " + tag.strip());
            values.add(rest.substring(tag.length()).strip());
        }
        current.texts.computeIfAbsent(field, f -> new ArrayList<>()).add(new Text(values));
    }

    private void named(Draft draft) {
        check(draft.texts.containsKey("name"), draft.kind + " " + draft.id + " has no name");
    }

    private void complete(Draft touchpoint) {
        named(touchpoint);
        check(touchpoint.emotions.size() == customers.size(), "touchpoint " + touchpoint.id + " needs an emotion for every customer type");
    }

    private static List<String> roles(Draft touchpoint) {
        String listed = touchpoint.attributes.getOrDefault("roles", "");
        return listed.isEmpty() ? List.of() : List.of(listed.split(","));
    }

    private <E extends Enum<E>> void constant(Class<E> type, String name) {
        check(List.of(type.getEnumConstants()).stream().anyMatch(c -> c.name().equals(name)),
                name + " is not a " + type.getSimpleName() + " (" + List.of(type.getEnumConstants()) + ")");
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(sector + ".txt line " + next + ": " + message);
        }
    }
}
