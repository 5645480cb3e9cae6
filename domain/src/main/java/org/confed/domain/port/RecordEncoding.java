package org.confed.domain.port;

import org.confed.domain.model.ConfedRecord;

/**
 * How a store turns records into text and back. The composition root gives a store the interchange format's JSON
 * codec, so what a store keeps (and its change log shows) is the record as an export writes it.
 */
public interface RecordEncoding {

    /**
     * The record as text; equal records give equal texts, so a store may compare texts to find an unchanged write.
     *
     * @param record a record
     * @return its text
     */
    String encode(ConfedRecord record);

    /**
     * The record a text of {@link #encode} stands for.
     *
     * @param text a text {@link #encode} wrote
     * @return the record
     * @throws IllegalArgumentException when the text is not a record
     */
    ConfedRecord decode(String text);
}
