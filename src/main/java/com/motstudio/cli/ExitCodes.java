package com.motstudio.cli;

/** The exit codes of the command line. */
final class ExitCodes {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    /** The export could not write its PDF (folder missing, no permission, disk full). */
    static final int WRITE_FAILED = 3;
    /** Something went wrong inside MOT Studio (or it ran out of memory); nothing was changed. */
    static final int INTERNAL = 4;

    private ExitCodes() {}
}
