package com.motstudio.room;

import java.util.List;

/**
 * One thing participants answer about in an activity: a touchpoint, a KANO need or a SERVQUAL item.
 *
 * @param id      the workshop's id of the touchpoint, need or item
 * @param label   its name as the workshop has it (the participant's page escapes it)
 * @param details further lines shown under the label: a KANO need's two questions, a touchpoint's stage
 */
public record ActivityItem(String id, String label, List<String> details) {
    public ActivityItem {
        details = List.copyOf(details);
    }
}
