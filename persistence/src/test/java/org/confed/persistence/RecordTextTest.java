package org.confed.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.confed.domain.fixtures.AesFacts;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Person;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.State;
import org.confed.persistence.text.RecordText;
import org.junit.jupiter.api.Test;

/** The change log's text of a record: one line, read back equal, the same for equal records. */
class RecordTextTest {

    @Test
    void every_record_reads_back_equal() {
        List<ConfedRecord> records = new ArrayList<>(AesFacts.all());
        records.addAll(EdgeCases.all());
        for (ConfedRecord record : records) {
            String text = RecordText.write(record);
            assertEquals(record, RecordText.read(text), text);
            assertFalse(text.contains("\n"), "one line: " + text);
        }
    }

    @Test
    void a_person_reads_in_the_interchange_format() {
        Person person = new Person(PersonId.of("assimi-goita"), "Assimi Goïta", "Général d'Armée", List.of(AesFacts.APA));

        assertEquals("{\"type\":\"person\",\"id\":\"assimi-goita\",\"name\":\"Assimi Goïta\",\"honorific\":\"Général d'Armée\","
                + "\"sources\":[\"apa-2024-11-06-koulouba\"]}", RecordText.write(person));
    }

    @Test
    void names_in_another_order_are_the_same_content() {
        State one = new State(AesFacts.MLI, "Mali", EdgeCases.names("fr", "Mali", "en", "Mali", "bm", "Mali"), List.of());
        State other = new State(AesFacts.MLI, "Mali", EdgeCases.names("bm", "Mali", "en", "Mali", "fr", "Mali"), List.of());

        assertEquals(RecordText.write(one), RecordText.write(other));
        assertArrayEquals(RecordText.contentHash(RecordText.write(one)), RecordText.contentHash(RecordText.write(other)));
    }

    @Test
    void any_other_change_is_other_content() {
        Person person = new Person(PersonId.of("p"), "Name", null, List.of());
        Person renamed = new Person(PersonId.of("p"), "Name ", null, List.of());

        assertFalse(Arrays.equals(RecordText.contentHash(RecordText.write(person)), RecordText.contentHash(RecordText.write(renamed))));
    }

    @Test
    void text_that_is_not_a_record_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RecordText.read("{\"type\":\"nothing\"}"));
        assertThrows(IllegalArgumentException.class, () -> RecordText.read("[1]"));
        assertThrows(IllegalArgumentException.class, () -> RecordText.read("{\"type\":\"person\",\"id\":\"x\""));
    }
}
