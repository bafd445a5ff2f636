package com.motstudio.ui.room;

import com.motstudio.method.KanoCategory;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.report.chart.ChartPng;
import com.motstudio.report.chart.KanoChart;
import com.motstudio.report.chart.PairedBarChart;
import com.motstudio.report.chart.SpreadChart;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityItem;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomTally;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A revealed room result as the chart for the room and the sentence that tells it. */
class RoomChartsTest {
    private static final List<ActivityItem> ITEMS = List.of(new ActivityItem("a", "Arrive", List.of()),
            new ActivityItem("b", "Wait", List.of()), new ActivityItem("c", "Leave", List.of()));
    private final RoomCharts charts = new RoomCharts(new Texts(Language.ENGLISH));

    @Test
    void dotsAreBarsWithTheMostFirstAndTheSentenceNamesTheTop() {
        RoomTally tally = tally(ActivityKind.DOTS, 4, List.of(count("a", 2), count("b", 7), count("c", 3)));
        RoomCharts.Shown shown = charts.of(activity(ActivityKind.DOTS), tally);
        assertThat(shown.chart()).isInstanceOf(PairedBarChart.class);
        assertThat(shown.description()).isEqualTo("12 dots on 3 touchpoints from 4 participants; the most, 7, went to \"Wait\".");
        assertThat(ChartPng.render(shown.chart(), 500, 300, 1)).isNotNull();
    }

    @Test
    void agreementIsCountedOutOfEveryoneWhoAnswered() {
        RoomTally tally = tally(ActivityKind.POLL, 5, List.of(count("a", 1), count("b", 0), count("c", 4)));
        assertThat(charts.of(activity(ActivityKind.POLL), tally).description())
                .isEqualTo("3 candidate moments polled; the most agreement, 4 of 5 participants, is for \"Leave\".");
    }

    @Test
    void anEmotionRoundWithoutAnswersSaysSoAndTheCurveHasTheTouchpointsInOrder() {
        List<RoomTally.ItemFigure> none = ITEMS.stream().map(i -> new RoomTally.ItemFigure(i.id(), 0, null, null, null, "")).toList();
        RoomCharts.Shown shown = charts.of(activity(ActivityKind.EMOTION), tally(ActivityKind.EMOTION, 0, none));
        assertThat(shown.description()).isEqualTo("Nobody has answered yet, so the chart is empty.");

        List<RoomTally.ItemFigure> some = List.of(new RoomTally.ItemFigure("a", 2, 3.0, 1.0, null, ""),
                new RoomTally.ItemFigure("b", 2, -2.5, 2.5, null, ""), new RoomTally.ItemFigure("c", 1, 1.0, 0.0, null, ""));
        shown = charts.of(activity(ActivityKind.EMOTION), tally(ActivityKind.EMOTION, 2, some));
        assertThat(shown.chart()).isInstanceOf(SpreadChart.class);
        assertThat(shown.description()).isEqualTo("The room's mean emotion at 3 touchpoints from 2 participants: highest 3.0 at \"Arrive\", "
                + "lowest -2.5 at \"Wait\"; opinions differ most at \"Wait\" (standard deviation 2.5).");
    }

    @Test
    void kanoNeedsWithoutAnswersAreLeftOffTheDiagram() {
        List<KanoNeedResult> kano = List.of(
                new KanoNeedResult("a", new KanoNeedResult.KanoCounts(3, 1, 0, 0, 0, 0), KanoCategory.ATTRACTIVE, 1.0, -0.25, null),
                new KanoNeedResult("b", new KanoNeedResult.KanoCounts(0, 0, 0, 0, 0, 0), null, null, null, null));
        RoomTally tally = new RoomTally("x", ActivityKind.KANO, 4, 4, List.of(), List.of(), null, kano, null);
        RoomCharts.Shown shown = charts.of(activity(ActivityKind.KANO), tally);
        assertThat(shown.chart()).isInstanceOf(KanoChart.class);
        assertThat(shown.description()).isEqualTo("KANO Better–Worse diagram of 1 need answered by 4 participants.");
    }

    private static Activity activity(ActivityKind kind) {
        return new Activity("x", kind, "", ITEMS, 0, 5, 5);
    }

    private static RoomTally tally(ActivityKind kind, int respondents, List<RoomTally.ItemFigure> items) {
        return new RoomTally("x", kind, respondents, respondents, items, List.of(), null, List.of(), null);
    }

    private static RoomTally.ItemFigure count(String id, int count) {
        return new RoomTally.ItemFigure(id, count, null, null, count, "");
    }
}
