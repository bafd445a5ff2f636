package com.motstudio.app;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a remembered window goes back, given the screens there are now (plain rectangles, no display). */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1024, 768);

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D window = new Rectangle2D(100, 50, 1000, 600);
        assertThat(WindowPlacement.fit(window, List.of(LAPTOP), LAPTOP)).isEqualTo(window);
    }

    @Test
    void aWindowPartlyOffAShrunkScreenIsMovedBackWhole() {
        // saved on a 1920 × 1080 screen at x 708; the screen is 1366 px wide now: 342 px would be off-screen
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(708, 200, 1000, 700), List.of(LAPTOP), LAPTOP);
        assertThat(placed).isEqualTo(new Rectangle2D(366, 28, 1000, 700));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(-50, -20, 1920, 1080), List.of(LAPTOP), LAPTOP);
        assertThat(placed).isEqualTo(LAPTOP);
    }

    @Test
    void theScreenItOverlapsMostTakesIt() {
        // mostly on the projector, a little on the laptop
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(1300, 100, 900, 600), List.of(LAPTOP, PROJECTOR), LAPTOP);
        assertThat(placed).isEqualTo(new Rectangle2D(1366, 100, 900, 600));
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesToThePrimary() {
        // the projector was unplugged
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(1500, 100, 900, 600), List.of(LAPTOP), LAPTOP);
        assertThat(placed).isEqualTo(new Rectangle2D(466, 100, 900, 600));
    }

    @Test
    void aScreenThatDoesNotStartAtZeroIsRespected() {
        Rectangle2D left = new Rectangle2D(-1280, 0, 1280, 1024);
        Rectangle2D placed = WindowPlacement.fit(new Rectangle2D(-1400, -30, 800, 600), List.of(LAPTOP, left), LAPTOP);
        assertThat(placed).isEqualTo(new Rectangle2D(-1280, 0, 800, 600));
    }
}
