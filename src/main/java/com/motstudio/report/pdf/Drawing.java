package com.motstudio.report.pdf;

import java.awt.Graphics2D;

/** Something drawn with Java2D inside a box from (0, 0) to (width, height): a chart, the map, a timeline, a form. */
@FunctionalInterface
interface Drawing {
    void paint(Graphics2D g, double width, double height);
}
