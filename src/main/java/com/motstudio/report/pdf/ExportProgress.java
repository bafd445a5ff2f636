package com.motstudio.report.pdf;

import java.util.concurrent.CancellationException;

/** Tells the caller how far an export has come and lets it stop one; checked between sections. */
public interface ExportProgress {
    /** Called with 0…1 as sections are written, on the exporting thread. */
    void done(double fraction);

    /** True when the user asked to stop; the export then ends with a {@link CancellationException}. */
    boolean cancelled();

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void done(double fraction) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
