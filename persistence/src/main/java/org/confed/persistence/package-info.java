/**
 * The registry in a database: {@link org.confed.persistence.Store} implements the domain's
 * {@link org.confed.domain.port.Registry} on an embedded H2 file (the default), H2 in memory, or PostgreSQL, with
 * one set of Flyway migrations that runs unchanged on both.
 *
 * <h2>Schema</h2>
 * Every record type is kept alike (see {@code db/migration/V2__record_versions.sql}): a row per version of a record in
 * {@code record_version}, with its type's name, its natural key as bytes that order as
 * {@link org.confed.domain.model.RecordKey#compareTo} does, and its content as the store's
 * {@link org.confed.domain.port.RecordEncoding} writes it; a row per write in {@code change_set}; and the terms each
 * version is found by (the records it refers to, the words of its searchable fields) in {@code record_term}. A new
 * record type needs nothing here: the schema's annotations say what a record refers to, which of its fields are
 * searched, and which date places it in time.
 *
 * <h2>Classes</h2>
 * {@code Store} is the facade. Opening a store ({@code StoreLocation}, {@code Opening}, {@code Failures},
 * {@code RecordsFromV1}), reading ({@code StoredRecords}, {@code MeetingSearch}, {@code ChangeHistory},
 * {@code VersionStatements}), writing ({@code WritePath}, {@code WriteTurn}, {@code StoreSession}, {@code RecordRow},
 * {@code Terms}), answers kept between writes ({@code ReadCache}), backups ({@code Backups}) and the first fill
 * ({@code FirstFill}) are each a class of their own; none is an API for other modules.
 */
package org.confed.persistence;
