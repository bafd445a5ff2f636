package com.motstudio.store.csv;

import com.motstudio.model.CustomerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What each position of a touchpoint CSV holds, read from its header row, and whether it can be read on. */
final class TouchpointHeader {

    /** What one position of the header holds. */
    sealed interface Slot permits Field, Emotion, Ignored, Empty {
    }

    /** A touchpoint field, under the header text the file gives it. */
    record Field(TouchpointColumn column, String header) implements Slot {
    }

    /** The emotion score of one customer type. */
    record Emotion(String customerTypeId, String header) implements Slot {
    }

    /** A column this import does not read; its header was reported once. */
    record Ignored() implements Slot {
    }

    /** No header: text in such a cell has nowhere to go. */
    record Empty() implements Slot {
    }

    private final List<Slot> slots;
    private final boolean usable;

    private TouchpointHeader(List<Slot> slots, boolean usable) {
        this.slots = List.copyOf(slots);
        this.usable = usable;
    }

    /** Reads the header, adding a problem for each column that is unknown, repeated or missing. */
    static TouchpointHeader read(CsvRow row, List<CustomerType> types, TouchpointWords words, List<CsvProblem> problems) {
        List<Slot> slots = new ArrayList<>();
        ColumnClaims claims = new ColumnClaims();
        boolean usable = true;
        for (int i = 0; i < row.width(); i++) {
            String header = row.cell(i).strip();
            Slot slot = header.isEmpty() ? new Empty() : slotOf(row.number(), header, types, words, problems);
            Object target = switch (slot) {
                case Field field -> field.column();
                case Emotion emotion -> emotion.customerTypeId();
                default -> null;
            };
            if (target != null && !claims.claim(target, i, row.number(), header, problems)) {
                usable = false;
                slot = new Ignored();
            }
            slots.add(slot);
        }
        for (TouchpointColumn column : TouchpointColumn.values()) {
            if (column.required() && !claims.has(column)) {
                problems.add(CsvProblem.inRow(row.number(), "importing.header.missing", new CsvProblem.Term(column.nameKey)));
                usable = false;
            }
        }
        return new TouchpointHeader(slots, usable);
    }

    private static Slot slotOf(int rowNumber, String header, List<CustomerType> types, TouchpointWords words,
                               List<CsvProblem> problems) {
        Optional<TouchpointColumn> column = words.column(header);
        Optional<String> typeName = words.emotionTypeName(header);
        if (column.isPresent() && column.get() != TouchpointColumn.EMOTION) {
            return new Field(column.get(), header);
        }
        if (column.isPresent() || typeName.filter(String::isEmpty).isPresent()) {
            if (types.isEmpty()) {
                problems.add(CsvProblem.inCell(rowNumber, header, "importing.header.noCustomerType"));
                return new Ignored();
            }
            return new Emotion(types.getFirst().id(), header);
        }
        if (typeName.isPresent()) {
            String wanted = Spellings.name(typeName.get());
            Optional<CustomerType> type = types.stream().filter(t -> Spellings.name(t.name()).equals(wanted)).findFirst();
            if (type.isPresent()) {
                return new Emotion(type.get().id(), header);
            }
            problems.add(CsvProblem.inCell(rowNumber, header, "importing.header.unknownCustomerType", typeName.get()));
            return new Ignored();
        }
        problems.add(CsvProblem.inCell(rowNumber, header, "importing.header.unknown"));
        return new Ignored();
    }

    /** Whether rows can be read: every required column is there, and none is given twice. */
    boolean usable() {
        return usable;
    }

    int width() {
        return slots.size();
    }

    /** What the position holds; positions past the header's end hold nothing. */
    Slot slot(int index) {
        return index < slots.size() ? slots.get(index) : new Empty();
    }
}
