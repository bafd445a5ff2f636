package com.motstudio.report.map;

/**
 * The vertical position of every lane, shared by all stages so lanes line up across the map.
 *
 * @param tops    the top of each lane, indexed by {@link Lane#ordinal()}
 * @param heights the height of each lane
 */
record LaneGrid(double[] tops, double[] heights) {
    /** Lanes stacked from y with a gap between them. */
    static LaneGrid stack(double y, double[] heights, double gap) {
        double[] tops = new double[heights.length];
        for (int i = 0; i < heights.length; i++) {
            tops[i] = y;
            y += heights[i] + gap;
        }
        return new LaneGrid(tops, heights.clone());
    }

    double top(Lane lane) {
        return tops[lane.ordinal()];
    }

    double height(Lane lane) {
        return heights[lane.ordinal()];
    }

    double bottom(Lane lane) {
        return top(lane) + height(lane);
    }

    /**
     * Whether any of a lane is inside the clip's rows (half a stroke around it included): what a
     * lane holds is painted only then, so a part of a map cut between lanes does not write the
     * hidden lanes too. What a lane holds starts a lane padding inside it.
     */
    boolean shows(Lane lane, java.awt.geom.Rectangle2D clip) {
        return clip.getMaxY() > top(lane) - 0.5 && clip.getMinY() < bottom(lane) + 0.5;
    }

    /** The bottom of the last lane. */
    double bottom() {
        return bottom(Lane.values()[Lane.values().length - 1]);
    }
}
