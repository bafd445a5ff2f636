/**
 * Merging the workshop files table groups hand in into the facilitator's workshop:
 * {@link com.motstudio.merge.GroupFiles} reads them with the checks of File ▸ Open,
 * {@link com.motstudio.merge.GroupMerge} merges them and reports every addition and conflict
 * ({@link com.motstudio.merge.MergeFinding}). No JavaFX here; the rules are in docs/merge.md.
 */
package com.motstudio.merge;
