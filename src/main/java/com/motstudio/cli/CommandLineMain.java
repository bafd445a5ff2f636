package com.motstudio.cli;

import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * MOT Studio's command line: runs with no display, speaks the OS language, and returns the exit
 * code (0 all good, 1 a file has problems, 2 wrong usage, 3 a PDF could not be written).
 */
public final class CommandLineMain {
    private static final Set<String> TRIGGERS = Set.of("--version", "-V", "--help", "-h", "help", "validate", "analyze", "export");

    private CommandLineMain() {}

    /** Entry point of the {@code mot-studio-cli} launcher: always the command line, never the window. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** True when the arguments ask for the command line rather than the desktop app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && TRIGGERS.contains(args[0]);
    }

    /** Runs the arguments with the OS language on standard output and error. */
    public static int run(String[] args) {
        Texts texts = new Texts(Language.fromLocale(Locale.getDefault()));
        return run(args, texts, console(System.out), console(System.err));
    }

    /**
     * A writer for a console stream in the console's own encoding (GBK on a Chinese Windows), or
     * UTF-8 where the console claims plain ASCII (a POSIX "C" locale), which would turn every
     * Chinese character into "?".
     */
    private static PrintWriter console(PrintStream stream) {
        Charset charset = stream.charset();
        if (charset.equals(StandardCharsets.US_ASCII)) {
            charset = StandardCharsets.UTF_8;
        }
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** Runs the arguments and returns the exit code; output goes to {@code out} and {@code err}. */
    public static int run(String[] args, Texts texts, PrintWriter out, PrintWriter err) {
        WorkshopStore store = new WorkshopStore();
        CommandLine commandLine = new CommandLine(new MotStudioCommand())
                .addSubcommand(new ValidateCommand(store, texts))
                .addSubcommand(new AnalyzeCommand(store, texts))
                .addSubcommand(new ExportCommand(store, texts));
        commandLine.setResourceBundle(new CommandLineTexts(texts));
        commandLine.setOut(out);
        commandLine.setErr(err);
        // A file name the OS's file-name encoding cannot hold (a Chinese name under LANG=C): picocli
        // would name Java's exception; the user gets a sentence of their own.
        AtomicReference<InvalidPathException> refusedName = new AtomicReference<>();
        commandLine.registerConverter(Path.class, name -> {
            try {
                return Path.of(name);
            } catch (InvalidPathException e) {
                refusedName.set(e);
                throw new CommandLine.TypeConversionException(name);
            }
        });
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            InvalidPathException badName = refusedName.get();
            if (badName != null) {
                err.println(texts.format("cli.error.fileName", badName.getInput(), System.getProperty("sun.jnu.encoding", "?")));
                return ExitCodes.USAGE;
            }
            err.println(texts.format("cli.error.usage", e.getMessage()));
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        // Whatever else goes wrong is said in a sentence, never as a stack trace.
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> internal(e, texts, err));
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return internal(e, texts, err);
        }
    }

    private static int internal(Throwable e, Texts texts, PrintWriter err) {
        String detail = e instanceof OutOfMemoryError
                ? texts.format("cli.error.memory", Runtime.getRuntime().maxMemory() / (1024 * 1024))
                : String.valueOf(e.getMessage());
        err.println(texts.format("cli.error.internal", detail));
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
