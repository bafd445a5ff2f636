package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Upgrades a file's JSON from {@link #from()} to the next format version, in place. */
interface Migration {
    int from();

    void apply(ObjectNode root);
}
