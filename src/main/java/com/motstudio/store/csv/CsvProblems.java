package com.motstudio.store.csv;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems an import collects, capped: the first {@value #KEPT} in the order they were found
 * are kept and the rest only counted, so a broken file of 20,000 rows × 500 cells costs neither
 * minutes nor a gigabyte to preview. It is a list of what is kept; {@link #shown()} adds one line
 * counting the rest.
 */
final class CsvProblems extends AbstractList<CsvProblem> {
    /** Problems listed one by one; nobody reads further, and the file needs fixing anyway. */
    static final int KEPT = 100;

    private final List<CsvProblem> kept = new ArrayList<>();
    private int more;

    CsvProblems() {
    }

    CsvProblems(List<CsvProblem> first) {
        addAll(first);
    }

    /** Adds at the end (the only place a problem can go); past the cap it is counted, not kept. */
    @Override
    public void add(int index, CsvProblem problem) {
        if (index != kept.size()) {
            throw new UnsupportedOperationException("problems are only added at the end");
        }
        if (kept.size() < KEPT) {
            kept.add(problem);
        } else {
            more++;
        }
        modCount++;
    }

    @Override
    public CsvProblem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** Problems found past the cap, not kept. */
    int notKept() {
        return more;
    }

    /** What the user sees: the kept problems and, if any were not kept, one line saying how many. */
    List<CsvProblem> shown() {
        if (more == 0) {
            return List.copyOf(kept);
        }
        List<CsvProblem> all = new ArrayList<>(kept);
        all.add(CsvProblem.inFile("importing.file.moreProblems", more));
        return List.copyOf(all);
    }
}
