package com.motstudio.room;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a participant's answers to an activity by the app's own rules before anything is kept:
 * known items and parts only, each at most once, every value in the activity's range, and for dot
 * voting no more dots in all than the budget. The first problem found is the refusal.
 */
final class AnswerCheck {
    private AnswerCheck() {}

    static Optional<Refusal> problem(Activity activity, List<AnswerCell> cells) {
        if (cells.size() > activity.items().size() * activity.kind().parts().size()) {
            return Optional.of(Refusal.of(400, "answers.tooMany", "more answers than the activity has questions"));
        }
        Set<String> seen = new HashSet<>();
        int dots = 0;
        for (AnswerCell cell : cells) {
            if (cell == null || cell.item() == null || activity.item(cell.item()) == null) {
                return Optional.of(Refusal.of(400, "item.unknown", "an answer names something this activity does not ask about"));
            }
            if (cell.part() == null || !activity.kind().parts().contains(cell.part())) {
                return Optional.of(Refusal.of(400, "part.unknown", "an answer names a question this activity does not ask"));
            }
            if (!seen.add(cell.item() + "\n" + cell.part())) {
                return Optional.of(Refusal.of(400, "answers.twice", "the same question is answered twice"));
            }
            if (cell.value() < activity.valueMin() || cell.value() > activity.valueMax()) {
                return Optional.of(Refusal.range(activity.item(cell.item()).label(), activity.valueMin(), activity.valueMax()));
            }
            dots += cell.value();
        }
        if (activity.kind() == ActivityKind.DOTS && dots > activity.budget()) {
            return Optional.of(new Refusal(400, "dots.over", java.util.Map.of("budget", activity.budget()),
                    "at most " + activity.budget() + " dots in all"));
        }
        return Optional.empty();
    }
}
