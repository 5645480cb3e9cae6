package org.confed.cli;

import java.time.Instant;
import java.util.Optional;
import org.confed.application.history.History;
import org.confed.domain.port.RecordView;
import org.confed.persistence.Store;
import picocli.CommandLine.Option;

/**
 * {@code --recorded INSTANT}: ask the registry as it stood at an instant ("who presided on 2024-11-06, as we had it on
 * 2026-12-01?"), records since changed, retracted or merged included; as it stands when absent.
 */
final class RecordedOption {
    @Option(names = "--recorded", paramLabel = "INSTANT", converter = Arguments.RecordedAt.class,
            description = "Answer as the registry stood at this instant: ISO 8601 with its offset (2026-12-01T09:30:00Z), "
                    + "or a date, meaning the end of that day in UTC (default: as it stands now).")
    Instant recorded;

    /** The registry to ask: {@code store} as it stands, or as recorded at the instant given. */
    RecordView view(Store store) {
        return new History(store).view(Optional.ofNullable(recorded));
    }

    /** Words to add to a message about what the registry holds: empty, or " as recorded at INSTANT". */
    String asRecorded() {
        return recorded == null ? "" : " as recorded at " + recorded;
    }
}
