package com.motstudio.store;

import java.util.List;

/** A problem found on the JSON tree, before it is placed in the file: JSON path ({@code $.info.title}), kind, message arguments. */
record Finding(String path, FileProblem.Kind kind, List<String> args) {
    Finding {
        args = List.copyOf(args);
    }
}
