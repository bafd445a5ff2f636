package com.motstudio.ui.export;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Branding;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.testing.SingleColourPng;
import com.motstudio.text.Language;
import com.motstudio.ui.common.TaskRunner;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Run in a child JVM with a small heap by {@link HugeLogoExportTest}: the Export page's model draws
 * the preview and writes the PDF of a workshop whose logo is a 16,000 × 16,000 PNG. Prints what
 * happened, one line each, and the heap's peak.
 */
public final class HugeLogoExport {
    private HugeLogoExport() {}

    public static void main(String[] args) throws Exception {
        Workshop fixture = ExportFixture.create(Language.ENGLISH);
        String logo = Base64.getEncoder().encodeToString(SingleColourPng.of(16_000, 16_000, 0xC82828));
        Workshop workshop = fixture.withInfo(fixture.info().withBranding(new Branding("image/png", logo, "#B03A2E")));
        ExportViewModel vm = new ExportViewModel(new WorkshopDocument(workshop, null), TaskRunner.IMMEDIATE, Runnable::run,
                () -> LocalDate.of(2026, 5, 4));
        vm.kindProperty().set(DocumentKind.ACTION_PLAN);
        vm.refreshPreview();
        Throwable previewFailure = vm.previewFailureProperty().get();
        System.out.println(previewFailure == null && vm.previewProperty().get() != null
                ? "preview: " + vm.previewProperty().get().pages().size() + " pages drawn"
                : "preview failed: " + previewFailure);
        Path file = Path.of(args[0]);
        vm.export(file);
        System.out.println(vm.stateProperty().get() == ExportViewModel.State.DONE
                ? "export: " + Files.size(file) + " bytes"
                : "export " + vm.stateProperty().get() + ": " + vm.failureProperty().get());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap peak: " + peak / (1024 * 1024) + " MB of " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
