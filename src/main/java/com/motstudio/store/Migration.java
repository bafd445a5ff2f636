package com.motstudio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One step of the format's history: upgrades a file's JSON from {@link #from()} to the next version, in place. */
interface Migration {
    int from();

    void apply(ObjectNode root);
}
