package com.motstudio.cli;

import picocli.CommandLine.Command;

/** The top-level {@code mot-studio} command. */
@Command(name = "mot-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class MotStudioCommand implements Runnable {
    @Override
    public void run() {
        // No subcommand: picocli prints usage via mixinStandardHelpOptions when asked; nothing else to do.
    }
}
