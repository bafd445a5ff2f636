package com.motstudio.report.pdf;

import com.motstudio.text.Language;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes every document in every language for the fixture into a folder, to look at: {@code SamplePdfs <folder>}. */
public final class SamplePdfs {
    private SamplePdfs() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/sample-pdfs");
        Files.createDirectories(folder);
        for (Language language : Language.values()) {
            var workshop = ExportFixture.create(language);
            for (DocumentKind kind : DocumentKind.values()) {
                Path file = folder.resolve(kind.tag() + "." + language.tag() + ".pdf");
                PdfExport.write(workshop, ExportOptions.of(kind, language).withDate(ExportFixture.DAY.plusDays(2)), file, ExportProgress.NONE);
                System.out.println(file);
            }
        }
    }
}
