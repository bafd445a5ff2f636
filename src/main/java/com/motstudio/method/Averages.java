package com.motstudio.method;

import java.util.Collection;

/** Means and spreads of the answers actually given; an empty sample has no mean (null), never zero. */
public final class Averages {
    private Averages() {}

    public static Double mean(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Number value : values) {
            sum += value.doubleValue();
        }
        return unsigned(sum / values.size());
    }

    /** The population standard deviation (divided by n): the spread of the ratings given, 0 for one rating. */
    public static Double populationSd(Collection<? extends Number> values) {
        Double mean = mean(values);
        if (mean == null) {
            return null;
        }
        double squares = 0;
        for (Number value : values) {
            double d = value.doubleValue() - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / values.size());
    }

    /** 100 × part / whole, or null when there is nothing to share. */
    static Double percent(int part, int whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /** Turns −0.0 into 0.0 so that no figure prints as "-0.0". */
    static double unsigned(double value) {
        return value == 0 ? 0.0 : value;
    }
}
