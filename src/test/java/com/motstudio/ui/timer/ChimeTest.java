package com.motstudio.ui.timer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chime is made on the spot: two soft tones that fade in and out, so the speaker does not click. */
class ChimeTest {
    @Test
    void twoTonesFadeInAndOutAndStayBelowFullScale() {
        byte[] sound = Chime.tones(new double[] {880, 660}, 0.2);
        int perTone = (int) (22_050 * 0.2);
        assertThat(sound).hasSize(2 * perTone * 2);
        int loudest = 0;
        for (int i = 0; i < sound.length; i += 2) {
            loudest = Math.max(loudest, Math.abs(sample(sound, i)));
        }
        assertThat(loudest).isBetween(Short.MAX_VALUE / 4, (int) (Short.MAX_VALUE * 0.36));
        assertThat(Math.abs(sample(sound, 0))).as("starts silent").isLessThan(50);
        assertThat(Math.abs(sample(sound, (perTone - 1) * 2))).as("the first tone ends silent").isLessThan(500);
        assertThat(Math.abs(sample(sound, perTone * 2))).as("the second starts silent").isLessThan(50);
    }

    private static int sample(byte[] sound, int at) {
        return (short) ((sound[at] & 0xff) | (sound[at + 1] << 8));
    }
}
