package com.motstudio.merge;

import com.motstudio.model.Workshop;

/** A table group's workshop, read from the file it handed in; {@code name} is the file's name, shown in every finding. */
public record GroupFile(String name, Workshop workshop) {
}
