package org.confed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.confed.application.importing.ImportReport;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.memory.InMemoryRegistry;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.port.Versioned;
import org.confed.domain.schema.RecordSchemas;
import org.junit.jupiter.api.Test;

/** The demo file shipped in the jar says what the domain's AES fixtures say, field for field. */
class DemoDataTest {

    @Test
    void the_demo_file_imports_cleanly_to_exactly_the_aes_facts() {
        InMemoryRegistry registry = new InMemoryRegistry();

        ImportReport report = DemoData.load(registry);

        assertTrue(report.problems().isEmpty(), report.problems().toString());
        List<ConfedRecord> stored = RecordSchemas.all().stream()
                .flatMap(schema -> registry.list(schema.javaType(), null, Integer.MAX_VALUE).stream())
                .map(Versioned::record).map(ConfedRecord.class::cast).sorted(byKey()).toList();
        assertEquals(AesFacts.all().stream().sorted(byKey()).toList(), stored);
    }

    private static Comparator<ConfedRecord> byKey() {
        return Comparator.comparing((ConfedRecord record) -> record.key().typeName()).thenComparing(record -> record.key().text());
    }
}
