/**
 * The export use case ({@link org.confed.application.exporting.Exporter}) and its writers.
 *
 * NDJSON; JSON as {@code {"records": [...]}} with one record per line; CSV as one file per type named by its plural
 * plus {@code participants.csv} (a directory or a zip); iCalendar (meetings as all-day events; a meeting known only
 * to the month or year spans that month or year); Popolo JSON. Everything comes in the order of
 * {@link org.confed.domain.schema.RecordSchemas#all()}, then by key, so the same store gives the same bytes.
 */
package org.confed.application.exporting;
