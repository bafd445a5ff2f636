package com.motstudio.report.map;

import com.motstudio.model.Channel;
import com.motstudio.model.CustomerType;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.TouchpointRole;

import java.util.ArrayList;
import java.util.List;

/**
 * The key under the map: channel colours, phase badges, role marks and the curves shown, laid out
 * in rows that wrap to the map's width. Each entry is a symbol followed by its label; labels are
 * the same enum labels the journey editor shows.
 */
final class Legend {
    /** What an entry's symbol shows. */
    enum Kind { HEADING, CHANNEL, PHASE, ROLE, CURVE, MARKED }

    /** One entry, placed relative to the legend's top-left corner: symbol at (x, y), label right of it. */
    record Entry(Kind kind, Object value, TextBlock label, double symbolWidth, double x, double y, double height) {}

    final List<Entry> entries;
    final double height;
    /** What the legend was made for, so an unchanged legend is reused. */
    final List<String> names;
    final double width;

    Legend(MapStyle style, List<CustomerType> shown, double width) {
        double left = 0;
        double top = 0;
        List<Entry> raw = new ArrayList<>();
        double inner = width;
        heading(raw, style, "map.legend.channel", inner);
        for (Channel channel : Channel.values()) {
            raw.add(entry(Kind.CHANNEL, channel, style.texts.of(channel), style.icon * 1.6, style, inner));
        }
        heading(raw, style, "map.legend.phase", inner);
        for (JourneyPhase phase : JourneyPhase.values()) {
            TextBlock badge = style.phases[phase.ordinal()];
            raw.add(entry(Kind.PHASE, phase, style.texts.of(phase), badge.width() + style.pad, style, inner));
        }
        heading(raw, style, "map.legend.roles", inner);
        for (TouchpointRole role : TouchpointRole.values()) {
            raw.add(entry(Kind.ROLE, role, style.texts.of(role), style.icon, style, inner));
        }
        if (!shown.isEmpty()) {
            heading(raw, style, Lane.EMOTIONS.titleKey(), inner);
            for (int k = 0; k < shown.size(); k++) {
                raw.add(entry(Kind.CURVE, k, shown.get(k).name(), style.icon * 2.2, style, inner));
            }
            raw.add(entry(Kind.MARKED, null, style.texts.get("map.legend.marked"), style.radius * 2.6, style, inner));
        }
        this.entries = new ArrayList<>();
        double x = left;
        double y = top;
        double row = 0;
        for (Entry e : raw) {
            double w = entryWidth(e, style);
            boolean newGroup = e.kind() == Kind.HEADING && x > left;
            double start = newGroup ? x + style.legendGap : x;
            if (start + w > left + width && x > left) {
                x = left;
                y += row + style.pad;
                row = 0;
                start = x;
            }
            entries.add(new Entry(e.kind(), e.value(), e.label(), e.symbolWidth(), start, y, e.height()));
            x = start + w + style.pad * 1.4;
            row = Math.max(row, e.height());
        }
        this.height = y + row - top;
        this.names = shown.stream().map(CustomerType::name).toList();
        this.width = width;
    }

    private static void heading(List<Entry> raw, MapStyle style, String key, double width) {
        TextBlock label = style.wrap(style.texts.get(key), style.bold, width);
        raw.add(new Entry(Kind.HEADING, null, label, 0, 0, 0, label.height()));
    }

    private static Entry entry(Kind kind, Object value, String text, double symbol, MapStyle style, double width) {
        TextBlock label = style.wrap(text, style.small, width - symbol - style.pad);
        return new Entry(kind, value, label, symbol, 0, 0, Math.max(label.height(), style.icon));
    }

    private static double entryWidth(Entry e, MapStyle style) {
        double gap = e.symbolWidth() > 0 && !e.label().isEmpty() ? style.pad * 0.6 : 0;
        return e.symbolWidth() + gap + e.label().width();
    }

    /** The x where an entry's label starts. */
    static double labelX(Entry e, MapStyle style) {
        return e.x() + e.symbolWidth() + (e.symbolWidth() > 0 ? style.pad * 0.6 : 0);
    }
}
