package com.motstudio.ui.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 16,000 × 16,000 logo (0.8 MB of PNG, 732 MB of pixels) no longer takes the preview or the
 * export to OutOfMemoryError: both succeed in a JVM with a quarter of the 2 GB heap the issue names,
 * and the PDF holds the logo at cover size.
 */
class HugeLogoExportTest {
    private static final String HEAP = "-Xmx512m";

    @TempDir
    Path folder;

    @Test
    void thePreviewAndTheExportSucceedWithASmallHeap() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, HEAP, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                HugeLogoExport.class.getName(), pdf.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println("child JVM " + HEAP + ": " + String.join(" | ", lines));
        assertThat(lines).as(String.join("\n", lines)).contains("preview: 3 pages drawn").anyMatch(l -> l.startsWith("export: "));
        assertThat(child.exitValue()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources cover = document.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : cover.getXObjectNames()) {
                if (cover.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(logo -> {
                assertThat(logo.getWidth()).isEqualTo(1000);
                assertThat(logo.getHeight()).isEqualTo(1000);
            });
        }
    }
}
