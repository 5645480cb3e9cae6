/**
 * The registry in a database: {@link org.confed.persistence.Store} implements the domain's
 * {@link org.confed.domain.port.Registry} on an embedded H2 file (the default), H2 in memory, or PostgreSQL, with
 * one set of Flyway migrations ({@code db/migration}) that runs unchanged on both.
 *
 * <h2>Schema</h2>
 * One table per record type, named after it ({@code office_term}), with a column per field, and one table per list
 * field ({@code meeting_participant}, {@code meeting_topic}, {@code <type>_source}, ...), a row per item with its
 * place in the list. Every record table is keyed by {@code natural_key}: the record's natural key as bytes whose
 * order is {@link org.confed.domain.model.RecordKey#compareTo} on any database, whatever its collation (see
 * {@link org.confed.persistence.text.NaturalKey}). A partial date is stored as its first day, last day and precision,
 * so that "as of" questions are indexed date comparisons and the date reads back exactly. Each row has a
 * {@code version} and a {@code content_hash}; {@code change_log} keeps every change, append-only, with the record
 * written as JSON in the interchange format's shape.
 *
 * <h2>Packages</h2>
 * {@code sql} holds the tables, their Jdbi SqlObject statements and the write algorithm; {@code text} the key bytes
 * and the record text of the change log. Neither is an API for other modules: they use {@code Store} through the
 * domain's ports.
 */
package org.confed.persistence;
