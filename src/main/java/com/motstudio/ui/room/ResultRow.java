package com.motstudio.ui.room;

/** One revealed line of a room result: the item, how many answered it, its figure and its spread (or ""). */
public record ResultRow(String item, int answers, String figure, String spread) {}
