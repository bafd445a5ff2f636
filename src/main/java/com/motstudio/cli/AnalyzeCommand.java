package com.motstudio.cli;

import com.motstudio.method.IpaCrossHairs;
import com.motstudio.method.KeyMomentAnalysis;
import com.motstudio.model.Workshop;
import com.motstudio.store.FileProblem;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code analyze FILE [--json] [--ipa-scale MIN..MAX] [--today YYYY-MM-DD]}: every figure step 2 computes for a
 * workshop, as a readable summary or as the JSON documented in docs/analyze.md.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)");

    private final WorkshopStore store;
    private final Texts texts;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "analyze.file")
    private Path file;

    @Option(names = "--json", descriptionKey = "analyze.json")
    private boolean json;

    @Option(names = "--ipa-scale", paramLabel = "MIN..MAX", descriptionKey = "analyze.ipaScale")
    private String ipaScale;

    @Option(names = {"--as-of", "--today"}, paramLabel = "YYYY-MM-DD", descriptionKey = "analyze.asOf")
    private String asOf;

    AnalyzeCommand(WorkshopStore store, Texts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IpaCrossHairs crossHairs = ipaScale == null ? IpaCrossHairs.dataMeans() : scaleMidpoint(ipaScale);
        if (crossHairs == null) {
            err.println(texts.format("cli.error.usage", texts.format("cli.analyze.badScale", ipaScale)));
            spec.commandLine().usage(err);
            err.flush();
            return ExitCodes.USAGE;
        }
        java.time.LocalDate day = asOf == null ? java.time.LocalDate.now() : MonitoringSummary.date(asOf);
        if (day == null) {
            err.println(texts.format("cli.error.usage", texts.format("monitor.cli.badDate", asOf)));
            spec.commandLine().usage(err);
            err.flush();
            return ExitCodes.USAGE;
        }
        try {
            switch (store.open(file)) {
                case LoadResult.Loaded loaded -> {
                    Workshop workshop = loaded.workshop();
                    KeyMomentAnalysis analysis = KeyMomentAnalysis.of(workshop, crossHairs);
                    if (json) {
                        out.print(AnalysisJson.text(workshop, analysis, day));
                    } else {
                        new AnalysisSummary(texts, workshop, analysis, out).print(file);
                        PlanSummary.print(texts, workshop, day, out);
                        new MonitoringSummary(texts, workshop, day, out).print();
                    }
                    return ExitCodes.OK;
                }
                case LoadResult.Refused refused -> {
                    err.println(texts.format("cli.validate.invalid", file, refused.problems().size()));
                    for (FileProblem problem : refused.problems()) {
                        err.println("  " + problem.describe(texts));
                    }
                    return ExitCodes.INVALID;
                }
            }
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Cross-hairs at the midpoint of {@code MIN..MAX} (e.g. {@code 1..5} gives 3), or null when it is not such a range. */
    static IpaCrossHairs scaleMidpoint(String range) {
        Matcher m = RANGE.matcher(range.strip());
        if (!m.matches() || Double.parseDouble(m.group(1)) >= Double.parseDouble(m.group(2))) {
            return null;
        }
        return IpaCrossHairs.scaleMidpoint(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }
}
