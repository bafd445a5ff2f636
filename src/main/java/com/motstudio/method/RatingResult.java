package com.motstudio.method;

import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;

import java.util.List;

/**
 * The figures of one NPS, CSAT or 好差评 survey. The answers fall in three bands whose meaning
 * depends on the kind:
 * <table>
 *   <tr><th>kind</th><th>high</th><th>middle</th><th>low</th><th>score</th></tr>
 *   <tr><td>NPS (0–10)</td><td>promoters 9–10</td><td>passives 7–8</td><td>detractors 0–6</td><td>% high − % low, −100…100</td></tr>
 *   <tr><td>CSAT (1–5)</td><td>satisfied 4–5</td><td>3</td><td>1–2</td><td>% high, 0…100</td></tr>
 *   <tr><td>好差评 (1–5)</td><td>good 4–5</td><td>basically satisfied 3</td><td>bad reviews 1–2</td><td>% low (bad-review share), 0…100</td></tr>
 * </table>
 *
 * @param touchpointId  the touchpoint surveyed, "" for the whole journey
 * @param counts        the answers per value on the kind's scale, merged and in value order
 * @param answers       all answers on the scale (the base of every percentage)
 * @param ignored       answers with a value off the kind's scale, left out
 * @param highPercent   100 × high / answers; null when there are no answers, like the other percentages
 * @param score         the kind's headline figure (see the table)
 */
public record RatingResult(
        String surveyId,
        RatingKind kind,
        String name,
        String touchpointId,
        List<RatingCount> counts,
        int answers,
        int ignored,
        int high,
        int middle,
        int low,
        Double highPercent,
        Double middlePercent,
        Double lowPercent,
        Double score) {
    public RatingResult {
        counts = List.copyOf(counts);
    }
}
