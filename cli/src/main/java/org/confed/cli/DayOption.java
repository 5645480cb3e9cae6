package org.confed.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --at YYYY-MM-DD}: the day a question is asked of, today when absent. */
final class DayOption {
    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Arguments.Day.class, description = "The day (default: today).")
    LocalDate at;

    /** The day given, else today by {@code clock}. */
    LocalDate day(Clock clock) {
        return at != null ? at : LocalDate.now(clock);
    }
}
