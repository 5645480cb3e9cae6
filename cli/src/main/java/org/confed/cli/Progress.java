package org.confed.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.confed.application.importing.ImportProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on standard error, drawn only when a person watches a terminal; otherwise nothing at all, so piped
 * runs print only their results. The first bar counts bytes as they flow; an import then gets one bar per phase
 * (writing, checking, committing, compacting), each on its own line, so no bar stands full while work goes on.
 */
final class Progress implements AutoCloseable, ImportProgress {
    private final boolean shown;
    private ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.shown = bar != null;
        this.bar = bar;
    }

    /** A bar of {@code totalBytes} (or of unknown size when negative), or none when not on a terminal. */
    static Progress start(Environment env, String task, long totalBytes) {
        return new Progress(env.terminal() ? bar(task, totalBytes, " MB", 1_000_000) : null);
    }

    private static ProgressBar bar(String task, long total, String unit, long unitSize) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(unit, unitSize)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    /** Ends the current bar as done and starts one for {@code task}, of {@code total} units or of unknown length. */
    void next(String task, long total, String unit) {
        if (!shown) {
            return;
        }
        finish();
        bar = bar(task, total, unit, 1);
    }

    @Override
    public void phase(Phase phase, long total) {
        switch (phase) {
            case READING -> { } // the first bar: bytes, counted by the streams it hands out
            case WRITING -> next("writing", total, " records");
            case CHECKING -> next("checking", total, " records");
            case COMMITTING -> next("committing", -1, "");
        }
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepBy(done);
        }
    }

    InputStream counting(InputStream in) {
        if (bar == null) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bar.stepBy(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bar.stepBy(n);
                }
                return n;
            }
        };
    }

    OutputStream counting(OutputStream out) {
        if (bar == null) {
            return out;
        }
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bar.stepBy(1);
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
                bar.stepBy(length);
            }
        };
    }

    @Override
    public void close() {
        finish();
    }

    // a phase that ended is done: its bar shows its total even when it skipped some (records already stored)
    private void finish() {
        if (bar != null) {
            if (bar.getMax() > 0) {
                bar.stepTo(bar.getMax());
            }
            bar.close();
            bar = null;
        }
    }
}
