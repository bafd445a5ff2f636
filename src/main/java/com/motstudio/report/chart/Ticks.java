package com.motstudio.report.chart;

import java.util.Locale;

/** Tick values at 1, 2 or 5 times a power of ten, and how numbers are written on a chart. */
final class Ticks {
    static final String MINUS = "\u2212";

    private Ticks() {}

    /** A step of 1, 2, 2.5 or 5 × 10ⁿ giving at most maxTicks intervals over the range. */
    static double step(double range, int maxTicks) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / Math.max(1, maxTicks);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[]{1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw - 1e-12) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The ticks from lo to hi (both on a step), lo and hi included. */
    static double[] between(double lo, double hi, double step) {
        int count = (int) Math.round((hi - lo) / step) + 1;
        double[] ticks = new double[Math.max(1, count)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = clean(lo + i * step);
        }
        return ticks;
    }

    /**
     * Ticks from a rating scale's bottom to its top, as many as fit minGap apart over length: every
     * answer (1, 2 … 7) or every second or third one, so both ends always have a tick.
     */
    static double[] onScale(double lo, double hi, double length, double minGap) {
        double range = hi - lo;
        if (Math.abs(range - Math.rint(range)) > 1e-9 || range > 20) {
            return within(lo, hi, length, minGap, 8);
        }
        int intervals = (int) Math.rint(range);
        for (int k = intervals; k > 1; k--) {
            if (intervals % k == 0 && length / k >= minGap) {
                return between(lo, hi, range / k);
            }
        }
        return new double[]{lo, hi};
    }

    /**
     * Ticks at whole steps inside [lo, hi], at most {@code most} intervals and at least minGap apart
     * over length; zero is among them whenever the range holds it.
     */
    static double[] within(double lo, double hi, double length, double minGap, int most) {
        double range = hi - lo;
        double step = step(range, Math.max(1, Math.min(most, (int) (length / minGap))));
        while (step / range * length < minGap && step < range) {
            step = step(step * 1.01, 1); // the next step up the 1–2–2.5–5 ladder
        }
        return between(ceil(lo, step), floor(hi, step), step);
    }

    /** A range from lo to hi widened to the nearest of about eight even steps. */
    static double[] around(double lo, double hi) {
        double step = step(hi - lo, 8);
        return new double[]{floor(lo, step), ceil(hi, step)};
    }

    /** Whether the ticks stand at least minGap apart on a scale. */
    static boolean apart(Scale scale, double[] ticks, double minGap) {
        for (int i = 1; i < ticks.length; i++) {
            if (Math.abs(scale.at(ticks[i]) - scale.at(ticks[i - 1])) < minGap) {
                return false;
            }
        }
        return true;
    }

    /** The value rounded down to a whole step. */
    static double floor(double value, double step) {
        return clean(Math.floor(value / step + 1e-9) * step);
    }

    /** The value rounded up to a whole step. */
    static double ceil(double value, double step) {
        return clean(Math.ceil(value / step - 1e-9) * step);
    }

    /** How many decimals a step needs: 1 → 0, 0.5 → 1, 0.25 → 2. */
    static int decimals(double step) {
        for (int d = 0; d < 4; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.round(scaled)) < 1e-9) {
                return d;
            }
        }
        return 4;
    }

    static String format(double value, int decimals) {
        String digits = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(value));
        boolean zero = Double.parseDouble(digits) == 0;
        return value < 0 && !zero ? MINUS + digits : digits;
    }

    /** With its sign always shown, as gaps are: "+0.4", "−1.2", "0.0". */
    static String signed(double value, int decimals) {
        String text = format(value, decimals);
        return value > 0 && Double.parseDouble(text) != 0 ? "+" + text : text;
    }

    private static double clean(double value) {
        double rounded = Math.round(value * 1e9) / 1e9;
        return rounded == 0 ? 0 : rounded;
    }
}
