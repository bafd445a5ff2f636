package com.motstudio.cli;

import picocli.CommandLine;

import java.util.Set;

/** Runs MOT Studio's command line: no display needed. */
public final class CommandLineMain {
    private static final Set<String> TRIGGERS = Set.of("--version", "-V", "--help", "-h", "help", "validate");

    private CommandLineMain() {}

    /** True when the arguments ask for the command line rather than the desktop app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && TRIGGERS.contains(args[0]);
    }

    /** Runs the arguments as a command and returns the exit code. */
    public static int run(String[] args) {
        return new CommandLine(new MotStudioCommand()).execute(args);
    }
}
