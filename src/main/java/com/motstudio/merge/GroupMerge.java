package com.motstudio.merge;

import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the workshops that table groups handed in into the facilitator's workshop, one file after
 * another in the order given: their customer types, groups, participants, new stages and
 * touchpoints, emotions, pain points, trait ratings, dot votes and SERVQUAL / KANO responses.
 * The rules (docs/merge.md): things are matched by id, then by name; participants stay apart per
 * group; a conflict keeps the facilitator's value, except a rating or vote of the file's own
 * group's people, which the file settles. Merging the same file again changes nothing. Pure: it
 * returns a new workshop and never touches files.
 */
public final class GroupMerge {
    private GroupMerge() {}

    public static MergeResult merge(Workshop facilitator, List<GroupFile> files) {
        Workshop result = facilitator;
        List<MergeFinding> findings = new ArrayList<>();
        for (GroupFile file : files) {
            FileMerge merge = new FileMerge(result, file);
            PeopleMerge.run(merge);
            JourneyMerge.run(merge);
            VoteMerge.run(merge);
            SurveyMerge.run(merge);
            result = merge.workshop();
            findings.addAll(merge.findings());
        }
        return new MergeResult(result, findings);
    }
}
