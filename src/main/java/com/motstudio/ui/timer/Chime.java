package com.motstudio.ui.timer;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * The short sound at the end of a countdown: two soft tones generated on the spot (no sound file),
 * played on a thread of its own. A machine without a sound device stays silent, with no message:
 * the colour of the display already says the time is up.
 */
public final class Chime implements Runnable {
    private static final float RATE = 22_050f;

    @Override
    public void run() {
        Thread.ofPlatform().daemon().name("mot-timer-chime").start(Chime::play);
    }

    private static void play() {
        byte[] sound = tones(new double[] {880, 660}, 0.22);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(sound, 0, sound.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            // no audio device, or the device is busy: the countdown's colour still shows zero
        }
    }

    /** 16-bit little-endian mono samples: each tone fades in and out, so it does not click. */
    static byte[] tones(double[] hertz, double seconds) {
        int perTone = (int) (RATE * seconds);
        byte[] out = new byte[hertz.length * perTone * 2];
        for (int t = 0; t < hertz.length; t++) {
            for (int i = 0; i < perTone; i++) {
                double envelope = Math.sin(Math.PI * i / perTone);
                short sample = (short) (Math.sin(2 * Math.PI * hertz[t] * i / RATE) * envelope * 0.35 * Short.MAX_VALUE);
                int at = (t * perTone + i) * 2;
                out[at] = (byte) sample;
                out[at + 1] = (byte) (sample >> 8);
            }
        }
        return out;
    }
}
