package com.motstudio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level {@code mot-studio} command: shows usage when called without a subcommand. */
@Command(name = "mot-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class MotStudioCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
