package com.motstudio.app;

import com.motstudio.cli.CommandLineMain;

/**
 * Entry point. With a command ({@code validate …}, {@code --version}, {@code --help}) it runs the
 * command line and needs no display; otherwise it starts the desktop app, opening the workshop file
 * given as the only argument, if any.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (CommandLineMain.handles(args)) {
            System.exit(CommandLineMain.run(args));
        }
        FinderFiles.listen();
        MotStudioApp.start(args);
    }
}
