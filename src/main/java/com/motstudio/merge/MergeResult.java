package com.motstudio.merge;

import com.motstudio.model.Workshop;

import java.util.List;

/** The facilitator's workshop with the group files merged in, and every addition and conflict, file by file. */
public record MergeResult(Workshop workshop, List<MergeFinding> findings) {
    public MergeResult {
        findings = List.copyOf(findings);
    }

    public List<MergeFinding> conflicts() {
        return findings.stream().filter(f -> f.kind() == MergeFinding.Kind.CONFLICT).toList();
    }

    public List<MergeFinding> added() {
        return findings.stream().filter(f -> f.kind() == MergeFinding.Kind.ADDED).toList();
    }
}
