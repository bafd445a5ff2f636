package com.motstudio.method;

/**
 * Where importance–performance analysis draws its cross-hairs: at the means of the data, or at
 * fixed values such as the midpoints of the scales.
 *
 * @param atDataMeans true for the data means; the two values are then ignored
 */
public record IpaCrossHairs(
        boolean atDataMeans,
        double importance,
        double performance) {
    public IpaCrossHairs {
        if (!atDataMeans && !(Double.isFinite(importance) && Double.isFinite(performance))) {
            throw new IllegalArgumentException("Fixed cross-hairs need finite values");
        }
    }

    public static IpaCrossHairs dataMeans() {
        return new IpaCrossHairs(true, Double.NaN, Double.NaN);
    }

    /** Fixed cross-hairs, e.g. the midpoints of the two scales. */
    public static IpaCrossHairs at(double importance, double performance) {
        return new IpaCrossHairs(false, importance, performance);
    }

    /** Both cross-hairs at the midpoint of one scale (3 on a 1–5 scale). */
    public static IpaCrossHairs scaleMidpoint(double min, double max) {
        double middle = (min + max) / 2;
        return at(middle, middle);
    }
}
