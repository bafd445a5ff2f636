package com.motstudio.store;

import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The standard SERVQUAL instrument (Parasuraman, Zeithaml & Berry 1988) as a starting point: 22
 * items, worded so they suit any service, on a 1–7 scale. Tangibles are items 1–4, reliability
 * 5–9, responsiveness 10–13, assurance 14–17 and empathy 18–22. A team then edits it freely.
 */
public final class ServqualItems {
    /** How many items the standard instrument has. */
    public static final int COUNT = 22;
    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 7;
    /** The last item of each dimension, in dimension order. */
    private static final int[] LAST_OF_DIMENSION = {4, 9, 13, 17, 22};

    private ServqualItems() {}

    /** The standard instrument with no responses, its texts in {@code language}. */
    public static ServqualSurvey standard(Language language) {
        return new ServqualSurvey(SCALE_MIN, SCALE_MAX, items(language), List.of());
    }

    /** The 22 standard items in order, with the ids {@code sq-01} … {@code sq-22} and no touchpoints linked. */
    public static List<ServqualItem> items(Language language) {
        Texts texts = new Texts(language);
        List<ServqualItem> items = new ArrayList<>();
        for (int number = 1; number <= COUNT; number++) {
            items.add(new ServqualItem(id(number), dimensionOf(number), texts.get(textKey(number)), List.of()));
        }
        return List.copyOf(items);
    }

    /** The id of a standard item: {@code sq-01} for item 1. */
    public static String id(int number) {
        return String.format(Locale.ROOT, "sq-%02d", number);
    }

    /** The dimension of a standard item, by its number from 1 to 22. */
    public static ServqualDimension dimensionOf(int number) {
        if (number < 1 || number > COUNT) {
            throw new IllegalArgumentException("no standard SERVQUAL item " + number);
        }
        int index = 0;
        while (number > LAST_OF_DIMENSION[index]) {
            index++;
        }
        return ServqualDimension.values()[index];
    }

    /** The bundle key of a standard item's text. */
    public static String textKey(int number) {
        return "surveys.servqual.item." + number;
    }
}
