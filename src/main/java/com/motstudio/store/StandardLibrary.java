package com.motstudio.store;

import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.Ids;
import com.motstudio.model.Kpi;
import com.motstudio.model.ServiceStandard;
import com.motstudio.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Example service standards and KPIs per template sector, written for MOT Studio in three
 * languages (resource {@code com/motstudio/library/standards*.properties}). A facilitator inserts
 * one into a moment's plan and edits it from there; the library itself never changes.
 */
public final class StandardLibrary {
    private static final String FOLDER = "/com/motstudio/library/";
    private static final Map<Language, Properties> LOADED = new ConcurrentHashMap<>();

    /** A checklist item as written in the library. */
    public record Item(String behaviour, String criterion, CheckMethod method) {}

    /** A standard of the library: {@code key} is e.g. {@code government.2}. */
    public record Standard(String key, String title, List<Item> items) {
        /** A copy for a moment's plan, under new ids. */
        public ServiceStandard forMoment(String momentId) {
            return new ServiceStandard(Ids.next("ss"), momentId, title, items.stream()
                    .map(i -> new ChecklistItem(Ids.next("ci"), i.behaviour(), i.criterion(), i.method())).toList());
        }
    }

    /** An example KPI with no baseline or target yet: those are the team's to set. */
    public record KpiExample(String name, String unit, Direction direction, String dataSource) {
        public Kpi forMoments(List<String> momentIds) {
            return new Kpi(Ids.next("kpi"), name, unit, direction, null, null, null, dataSource, momentIds);
        }
    }

    private StandardLibrary() {}

    /** The sector's standards in order; none for a sector the library does not know. */
    public static List<Standard> standards(String sector, Language language) {
        Properties p = load(language);
        List<Standard> standards = new ArrayList<>();
        for (int n = 1; p.containsKey(sector + "." + n + ".title"); n++) {
            String key = sector + "." + n;
            List<Item> items = new ArrayList<>();
            for (int m = 1; p.containsKey(key + "." + m); m++) {
                String[] parts = fields(p, key + "." + m, 3);
                items.add(new Item(parts[0], parts[1], CheckMethod.valueOf(parts[2])));
            }
            standards.add(new Standard(key, p.getProperty(key + ".title").strip(), List.copyOf(items)));
        }
        return List.copyOf(standards);
    }

    /** The sector's own example KPIs, then those of every sector. */
    public static List<KpiExample> kpis(String sector, Language language) {
        Properties p = load(language);
        List<KpiExample> kpis = new ArrayList<>();
        for (String group : List.of(sector, "common")) {
            for (int n = 1; p.containsKey("kpi." + group + "." + n); n++) {
                String[] parts = fields(p, "kpi." + group + "." + n, 4);
                kpis.add(new KpiExample(parts[0], parts[1], Direction.valueOf(parts[2]), parts[3]));
            }
        }
        return List.copyOf(kpis);
    }

    /** Every key of one language's file (for the completeness test). */
    static java.util.Set<String> keys(Language language) {
        return load(language).stringPropertyNames();
    }

    private static String[] fields(Properties p, String key, int count) {
        String[] parts = p.getProperty(key).split("\\|", -1);
        if (parts.length != count) {
            throw new IllegalStateException("library entry " + key + " has " + parts.length + " fields, not " + count);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static Properties load(Language language) {
        return LOADED.computeIfAbsent(language, l -> {
            String file = FOLDER + "standards" + (l == Language.ENGLISH ? "" : "_" + l.locale().toString()) + ".properties";
            Properties p = new Properties();
            try (InputStream in = StandardLibrary.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + file);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
