package com.motstudio.store.csv;

import com.motstudio.model.Channel;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One row of a touchpoint CSV turned into a touchpoint, or into every reason it cannot be one. */
final class TouchpointRow {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");
    /** Dashes people type for a minus sign; full-width ones become "-" by NFKC already. */
    private static final Pattern MINUS = Pattern.compile("[\u2212\u2012\u2013\u2014]");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[|;,/\u3001\n]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[|\uFF5C\n]");

    /** A touchpoint read from a row, with the name of the stage it goes to as written. */
    record Read(String stage, Touchpoint touchpoint) {
    }

    private final CsvRow row;
    private final TouchpointWords words;
    private final List<CsvProblem> found = new ArrayList<>();
    private final Map<TouchpointColumn, String> texts = new EnumMap<>(TouchpointColumn.class);
    private final Set<TouchpointRole> roles = EnumSet.noneOf(TouchpointRole.class);
    private final List<EmotionScore> emotions = new ArrayList<>();
    private Channel channel;
    private JourneyPhase phase;
    private MomentCategory category;

    private TouchpointRow(CsvRow row, TouchpointWords words) {
        this.row = row;
        this.words = words;
    }

    /** The row's touchpoint under a new id, or empty when the row has problems, which are added. */
    static Optional<Read> read(CsvRow row, TouchpointHeader header, TouchpointWords words, String id,
                               List<CsvProblem> problems) {
        TouchpointRow draft = new TouchpointRow(row, words);
        for (int i = 0; i < Math.max(row.width(), header.width()); i++) {
            draft.readCell(header.slot(i), i, row.cell(i).strip());
        }
        problems.addAll(draft.found);
        return draft.found.isEmpty() ? Optional.of(new Read(draft.text(TouchpointColumn.STAGE), draft.done(id))) : Optional.empty();
    }

    private void readCell(TouchpointHeader.Slot slot, int index, String cell) {
        switch (slot) {
            case TouchpointHeader.Field field -> readField(field, cell);
            case TouchpointHeader.Emotion emotion -> readEmotion(emotion, cell);
            case TouchpointHeader.Ignored ignored -> { }
            case TouchpointHeader.Empty empty -> {
                if (!cell.isEmpty()) {
                    found.add(CsvProblem.inRow(row.number(), "importing.row.cellWithoutColumn", CsvRow.letter(index)));
                }
            }
        }
    }

    private void readField(TouchpointHeader.Field field, String cell) {
        boolean named = field.column() == TouchpointColumn.STAGE || field.column() == TouchpointColumn.NAME;
        // a name is one line: line breaks typed for layout in a spreadsheet cell become spaces
        texts.put(field.column(), named ? SPACES.matcher(cell).replaceAll(" ") : cell);
        switch (field.column()) {
            case STAGE -> require(field, cell, "importing.row.missingStage");
            case NAME -> require(field, cell, "importing.row.missingName");
            case CHANNEL -> channel = choice(words.channels, field, cell, "importing.row.unknownChannel");
            case PHASE -> phase = choice(words.phases, field, cell, "importing.row.unknownPhase");
            case CATEGORY -> category = choice(words.categories, field, cell, "importing.row.unknownCategory");
            case ROLES -> {
                for (String part : parts(Normalizer.normalize(cell, Normalizer.Form.NFKC), ROLE_SEPARATORS)) {
                    TouchpointRole role = choice(words.roles, field, part, "importing.row.unknownRole");
                    if (role != null) {
                        roles.add(role);
                    }
                }
            }
            default -> { } // text, kept as written
        }
    }

    private void require(TouchpointHeader.Field field, String cell, String key) {
        if (cell.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), field.header(), key));
        }
    }

    private <E extends Enum<E>> E choice(Choices<E> choices, TouchpointHeader.Field field, String cell, String key) {
        if (cell.isEmpty()) {
            return null;
        }
        Optional<E> value = choices.find(cell);
        if (value.isEmpty()) {
            found.add(CsvProblem.inCell(row.number(), field.header(), key, cell));
        }
        return value.orElse(null);
    }

    private void readEmotion(TouchpointHeader.Emotion emotion, String cell) {
        if (cell.isEmpty()) {
            return;
        }
        String number = MINUS.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC)).replaceAll("-").strip();
        if (!WHOLE_NUMBER.matcher(number).matches()) {
            found.add(CsvProblem.inCell(row.number(), emotion.header(), "importing.row.notANumber", cell));
            return;
        }
        int score = Integer.parseInt(number);
        if (score < EmotionScore.MIN || score > EmotionScore.MAX) {
            found.add(CsvProblem.inCell(row.number(), emotion.header(), "importing.row.outOfRange", cell));
            return;
        }
        emotions.add(new EmotionScore(emotion.customerTypeId(), score));
    }

    private Touchpoint done(String id) {
        return new Touchpoint(id, text(TouchpointColumn.NAME), text(TouchpointColumn.DESCRIPTION),
                channel, phase, category, roles, text(TouchpointColumn.OWNER_DEPARTMENT),
                text(TouchpointColumn.CUSTOMER_ACTION), emotions,
                parts(text(TouchpointColumn.PAIN_POINTS), LIST_SEPARATORS),
                parts(text(TouchpointColumn.OPPORTUNITIES), LIST_SEPARATORS),
                text(TouchpointColumn.EVIDENCE));
    }

    private String text(TouchpointColumn column) {
        return texts.getOrDefault(column, "");
    }

    private static List<String> parts(String cell, Pattern separators) {
        return Arrays.stream(separators.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
