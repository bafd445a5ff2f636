package com.motstudio.cli;

import com.motstudio.text.Texts;

import java.util.ListResourceBundle;

/** Hands picocli the usage-help texts from MOT Studio's own bundles, in the chosen language. */
final class CommandLineTexts extends ListResourceBundle {
    private final Object[][] contents;

    CommandLineTexts(Texts texts) {
        contents = new Object[][] {
            {"usage.synopsisHeading", texts.get("cli.usage.synopsis") + " "},
            {"usage.description", texts.get("cli.usage.description")},
            {"usage.descriptionHeading", "%n"},
            {"usage.parameterListHeading", "%n" + texts.get("cli.usage.parameters") + "%n"},
            {"usage.optionListHeading", "%n" + texts.get("cli.usage.options") + "%n"},
            {"usage.commandListHeading", "%n" + texts.get("cli.usage.commands") + "%n"},
            {"usage.exitCodeListHeading", "%n" + texts.get("cli.usage.exitCodes") + "%n"},
            {"usage.exitCodeList.0", "0:" + texts.get("cli.exit.ok")},
            {"usage.exitCodeList.1", "1:" + texts.get("cli.exit.invalid")},
            {"usage.exitCodeList.2", "2:" + texts.get("cli.exit.usage")},
            {"usage.exitCodeList.3", "3:" + texts.get("export.cli.exit.writeFailed")},
            {"help", texts.get("cli.option.help")},
            {"version", texts.get("cli.option.version")},
            {"mot-studio.validate.usage.description", texts.get("cli.validate.description")},
            {"validate.files", texts.get("cli.validate.files")},
            {"mot-studio.analyze.usage.description", texts.get("cli.analyze.description")},
            {"analyze.file", texts.get("cli.analyze.file")},
            {"analyze.json", texts.get("cli.analyze.json")},
            {"analyze.ipaScale", texts.get("cli.analyze.ipaScale")},
            {"analyze.asOf", texts.get("monitor.cli.asOf")},
            {"mot-studio.export.usage.description", texts.get("export.cli.description")},
            {"export.file", texts.get("export.cli.file")},
            {"export.document", texts.format("export.cli.document", ExportCommand.documentNames())},
            {"export.lang", texts.format("export.cli.lang", ExportCommand.languageNames())},
            {"export.paper", texts.get("export.cli.paper")},
            {"export.landscape", texts.get("export.cli.landscape")},
            {"export.blankStages", texts.get("export.cli.blankStages")},
            {"export.date", texts.get("export.cli.date")},
            {"export.out", texts.get("export.cli.out")},
        };
    }

    @Override
    protected Object[][] getContents() {
        return contents;
    }
}
