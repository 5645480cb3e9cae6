/**
 * Records and keys as stored bytes and text: {@link org.confed.persistence.text.NaturalKey}, the key bytes that order
 * like {@link org.confed.domain.model.RecordKey}, and {@link org.confed.persistence.text.RecordText}, the JSON text of
 * a record in the change log. Internal to the persistence module.
 */
package org.confed.persistence.text;
