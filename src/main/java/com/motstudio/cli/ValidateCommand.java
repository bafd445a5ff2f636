package com.motstudio.cli;

import com.motstudio.model.Workshop;
import com.motstudio.store.FileProblem;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate FILE…}: checks workshop files exactly as the app's Open does. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    private final WorkshopStore store;
    private final Texts texts;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    private List<Path> files;

    ValidateCommand(WorkshopStore store, Texts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path file : files) {
            switch (store.open(file)) {
                case LoadResult.Loaded loaded -> out.println(texts.format("cli.validate.valid", file, summary(loaded.workshop())));
                case LoadResult.Refused refused -> {
                    invalid++;
                    err.println(texts.format("cli.validate.invalid", file, refused.problems().size()));
                    for (FileProblem problem : refused.problems()) {
                        err.println("  " + problem.describe(texts));
                    }
                }
            }
        }
        if (files.size() > 1) {
            out.println(texts.format("cli.validate.summary", files.size() - invalid, invalid));
        }
        out.flush();
        err.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private String summary(Workshop workshop) {
        return texts.format("cli.validate.contents", workshop.journey().stages().size(),
                workshop.journey().touchpoints().size());
    }
}
