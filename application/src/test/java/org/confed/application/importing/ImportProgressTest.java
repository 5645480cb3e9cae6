package org.confed.application.importing;

import static org.confed.application.importing.Imports.TESTER;
import static org.confed.application.importing.Imports.ndjson;
import static org.confed.application.importing.Imports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confed.application.importing.ImportProgress.Phase;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportProgressTest {
    @TempDir
    Path spill;

    /** Each phase as it was heard: its name, its total, and how much was said done before the next began. */
    private record Heard(Phase phase, long total, long done) {
    }

    private static final class Recorder implements ImportProgress {
        final List<Heard> heard = new ArrayList<>();

        @Override
        public void phase(Phase phase, long total) {
            heard.add(new Heard(phase, total, 0));
        }

        @Override
        public void advance(long done) {
            Heard current = heard.remove(heard.size() - 1);
            heard.add(new Heard(current.phase(), current.total(), current.done() + done));
        }
    }

    @Test
    void an_import_is_heard_reading_then_writing_each_record_then_checking_then_committing() {
        Recorder progress = new Recorder();
        int records = AesFacts.all().size();

        new Importer(new InMemoryRegistry(), spill).run(List.of(text("aes.ndjson", ndjson(AesFacts.all()))),
                ImportOptions.defaults(TESTER), progress);

        List<Phase> phases = progress.heard.stream().map(Heard::phase).toList();
        assertEquals(List.of(Phase.READING, Phase.WRITING, Phase.CHECKING, Phase.COMMITTING), phases);
        Heard writing = progress.heard.get(1);
        assertEquals(new Heard(Phase.WRITING, records, records), writing, "every record written is counted");
        Heard checking = progress.heard.get(2);
        assertEquals(checking.total(), checking.done(), "checking ends at its total");
        assertTrue(checking.total() > 0, "the memberships and terms are checked: " + checking);
        assertEquals(new Heard(Phase.COMMITTING, -1, 0), progress.heard.get(3));
    }

    @Test
    void a_dry_run_is_not_heard_committing() {
        Recorder progress = new Recorder();

        new Importer(new InMemoryRegistry(), spill).run(List.of(text("aes.ndjson", ndjson(AesFacts.all()))),
                new ImportOptions(true, OnError.STOP, 100, TESTER), progress);

        assertEquals(List.of(Phase.READING, Phase.WRITING, Phase.CHECKING),
                progress.heard.stream().map(Heard::phase).toList());
    }
}
