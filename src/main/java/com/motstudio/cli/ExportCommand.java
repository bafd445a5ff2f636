package com.motstudio.cli;

import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportOptions;
import com.motstudio.report.pdf.ExportProgress;
import com.motstudio.report.pdf.MissingGlyphs;
import com.motstudio.report.pdf.Paper;
import com.motstudio.report.pdf.PdfExport;
import com.motstudio.store.FileProblem;
import com.motstudio.store.LinkLoop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code export --document DOC [--lang L] [--paper P] [--landscape] [--out PDF] FILE}: writes one
 * document of a workshop as a PDF with no display, as the app's Export page does (docs/export.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    private final WorkshopStore store;
    private final Texts texts;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "export.file")
    private Path file;

    @Option(names = {"-d", "--document"}, required = true, paramLabel = "DOC", descriptionKey = "export.document")
    private String document;

    @Option(names = {"-l", "--lang"}, paramLabel = "LANG", descriptionKey = "export.lang")
    private String lang;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", descriptionKey = "export.paper")
    private String paper;

    @Option(names = "--landscape", descriptionKey = "export.landscape")
    private boolean landscape;

    @Option(names = "--blank-stages", descriptionKey = "export.blankStages")
    private boolean blankStages;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "export.date")
    private String date;

    @Option(names = {"-o", "--out"}, paramLabel = "PDF", descriptionKey = "export.out")
    private Path out;

    ExportCommand(WorkshopStore store, Texts texts) {
        this.store = store;
        this.texts = texts;
    }

    /** The document names, for the help text and the error about a wrong one. */
    static String documentNames() {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::tag).collect(Collectors.joining(", "));
    }

    static String languageNames() {
        return Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "));
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            DocumentKind kind = DocumentKind.fromTag(document);
            if (kind == null) {
                return usage(err, texts.format("export.cli.badDocument", document, documentNames()));
            }
            Paper size = Paper.fromTag(paper);
            if (size == null) {
                return usage(err, texts.format("export.cli.badPaper", paper));
            }
            if (lang != null && language(lang) == null) {
                return usage(err, texts.format("export.cli.badLang", lang, languageNames()));
            }
            LocalDate day;
            try {
                day = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return usage(err, texts.format("export.cli.badDate", date));
            }
            Workshop workshop;
            switch (store.open(file)) {
                case LoadResult.Loaded loaded -> workshop = loaded.workshop();
                case LoadResult.Refused refused -> {
                    err.println(texts.format("cli.validate.invalid", file, refused.problems().size()));
                    for (FileProblem problem : refused.problems()) {
                        err.println("  " + problem.describe(texts));
                    }
                    return ExitCodes.INVALID;
                }
            }
            Language language = lang != null ? language(lang) : Language.fromTag(workshop.info().language());
            Path target = out != null ? out : defaultOut(file, kind, language);
            if (Files.isDirectory(target)) {
                return usage(err, texts.format("export.cli.outIsFolder", target));
            }
            if (LinkLoop.in(target)) {
                err.println(texts.format("export.cli.linkLoop", target));
                return ExitCodes.WRITE_FAILED;
            }
            ExportOptions options = new ExportOptions(kind, language, size, landscape, !blankStages, day);
            MissingGlyphs missing;
            try {
                missing = PdfExport.write(workshop, options, target, ExportProgress.NONE);
            } catch (NoSuchFileException e) {
                err.println(texts.format("export.cli.noFolder", target, target.toAbsolutePath().getParent()));
                return ExitCodes.WRITE_FAILED;
            } catch (AccessDeniedException e) {
                err.println(texts.format("export.cli.denied", target));
                return ExitCodes.WRITE_FAILED;
            } catch (FileSystemException e) {
                err.println(texts.format("export.cli.writeFailed", target, e.getReason() != null ? e.getReason() : e.getFile()));
                return ExitCodes.WRITE_FAILED;
            } catch (IOException e) {
                err.println(texts.format("export.cli.writeFailed", target, String.valueOf(e.getMessage())));
                return ExitCodes.WRITE_FAILED;
            }
            stdout.println(texts.format("export.cli.written", target));
            // the PDF is written all the same; what it lacks is said, where it stands in the workshop
            List<String> warning = missing.describe(texts);
            for (int i = 0; i < warning.size(); i++) {
                err.println(i == 0 ? texts.format("cli.export.warning", warning.get(i)) : "  " + warning.get(i));
            }
            return ExitCodes.OK;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int usage(PrintWriter err, String message) {
        err.println(texts.format("cli.error.usage", message));
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    /** The language of a tag, strictly (case ignored); null for anything else. */
    static Language language(String tag) {
        for (Language language : Language.values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return null;
    }

    /** {@code plan.mot.json} → {@code plan.action-plan.zh-CN.pdf} beside it. */
    static Path defaultOut(Path file, DocumentKind kind, Language language) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".mot.json") ? name.substring(0, name.length() - ".mot.json".length())
                : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return file.resolveSibling(stem + "." + kind.tag() + "." + language.tag() + ".pdf");
    }
}
