package com.motstudio.merge;

import com.motstudio.model.Ids;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The state of merging one group file: the workshop so far, how the file's ids map onto it (kind by
 * kind), whose ratings and votes the file settles, and what was found. Each part of the merge
 * (people, journey, votes, surveys) reads and extends it in turn.
 */
final class FileMerge {
    private Workshop workshop;
    private final GroupFile file;
    private final List<MergeFinding> findings = new ArrayList<>();
    /** The file's id of a thing, by kind ("customerType", "group", "participant", "stage", "touchpoint", …), to the merged workshop's id. */
    private final Map<String, Map<String, String>> ids = new HashMap<>();
    /** Merged-workshop ids of the raters whose conflicting ratings and votes this file settles. */
    private final Set<String> ownRaters = new HashSet<>();

    FileMerge(Workshop workshop, GroupFile file) {
        this.workshop = workshop;
        this.file = file;
    }

    Workshop workshop() {
        return workshop;
    }

    void set(Workshop next) {
        workshop = next;
    }

    /** The group's workshop being merged in. */
    Workshop group() {
        return file.workshop();
    }

    String fileName() {
        return file.name();
    }

    List<MergeFinding> findings() {
        return findings;
    }

    void added(String what, String... args) {
        findings.add(MergeFinding.added(file.name(), what, args));
    }

    void conflict(String what, MergeFinding.Settled settled, String... args) {
        findings.add(MergeFinding.conflict(file.name(), what, settled, args));
    }

    void map(String kind, String fileId, String mergedId) {
        ids.computeIfAbsent(kind, k -> new HashMap<>()).put(fileId, mergedId);
    }

    /** The merged workshop's id for the file's id, if that thing was matched or added. */
    Optional<String> mapped(String kind, String fileId) {
        return Optional.ofNullable(ids.getOrDefault(kind, Map.of()).get(fileId));
    }

    void own(String rater) {
        ownRaters.add(rater);
    }

    boolean isOwn(String rater) {
        return ownRaters.contains(rater);
    }

    /** The file's id when the merged workshop does not use it yet (so merging the file again matches by id), else a new one. */
    static String freeId(String wanted, Collection<String> used, String prefix) {
        return wanted != null && !wanted.isBlank() && !used.contains(wanted) ? wanted : Ids.next(prefix);
    }

    /** Names compare without case and surrounding spaces; an empty name matches nothing. */
    static boolean sameName(String a, String b) {
        return !a.isBlank() && key(a).equals(key(b));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The first of {@code items} with the id, else the first with the same name. */
    static <T> Optional<T> byIdThenName(List<T> items, Function<T, String> id, Function<T, String> name, String wantedId, String wantedName) {
        return items.stream().filter(t -> id.apply(t).equals(wantedId)).findFirst()
                .or(() -> items.stream().filter(t -> sameName(name.apply(t), wantedName)).findFirst());
    }
}
