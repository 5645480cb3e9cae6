/**
 * The import use case ({@link org.confed.application.importing.Importer}): the readers of each file format, then
 * two stages, reading (every record decoded and checked alone, put aside by type) and writing (in one write of the
 * store, references and the rules across records checked once).
 *
 * <h2>Files an import reads</h2>
 * <ul>
 *   <li><b>NDJSON</b> ({@code .ndjson}, {@code .jsonl}): one object per line with its {@code "type"}; blank lines and
 *       lines starting with {@code //} are skipped; LF or CRLF; a bad line is a problem at its line and the next
 *       line is read. A line may hold at most 2,000,000 characters, a text value at most 1,000,000, nesting 64
 *       levels.</li>
 *   <li><b>JSON</b> ({@code .json}): an array of records or {@code {"records": [...]}}, read one object at a time;
 *       each record is numbered by the line its object starts on. A Popolo document is recognised and read as
 *       below.</li>
 *   <li><b>CSV</b> ({@code .csv}): RFC 4180, UTF-8 with or without a byte order mark, LF or CRLF, one type per
 *       file, header row of field names (line 1). The type is the given one, else the file name's stem, singular
 *       or plural, dashes or underscores ({@code presidencies.csv}, {@code office-terms.csv}). Columns are the
 *       type's fields except lists of objects. A list cell holds {@code ;}-separated items ({@code MLI;BFA;NER});
 *       a {@code names} cell holds {@code language=name} items ({@code fr=Mali;en=Mali}); inside an item
 *       {@code \;} is a semicolon and {@code \\} a backslash, and spaces around items are dropped. An empty or blank
 *       cell is an absent value. A meeting's participants come as the CSV-only type {@code participant}
 *       [meeting, person] with columns {@code meeting}, {@code person}, {@code capacity}
 *       ({@code participants.csv}); its rows join their meeting, in the same import or stored. A meeting read
 *       from CSV takes its participants from the rows of the import when there are any, else keeps the stored
 *       ones. (NDJSON and JSON may carry {@code {"type": "participant", ...}} objects too.)</li>
 *   <li><b>Popolo</b> ({@code .popolo.json}, or any {@code .json} holding a Popolo document): read back as far as
 *       Popolo carries confed's facts; see {@link org.confed.application.exporting.Exporter#popolo} for the mapping and for what
 *       does not survive.</li>
 * </ul>
 * Text must be UTF-8: other bytes are a problem at their line, never silently replaced.
 *
 */
package org.confed.application.importing;
