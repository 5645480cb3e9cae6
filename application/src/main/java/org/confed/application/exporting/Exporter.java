package org.confed.application.exporting;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.confed.application.format.CsvTable;
import org.confed.application.json.Json;
import org.confed.application.json.RecordJson;
import org.confed.domain.model.ConfedRecord;
import org.confed.domain.model.Meeting;
import org.confed.domain.port.RecordView;
import org.confed.domain.schema.RecordSchema;
import org.confed.domain.schema.RecordSchemas;

/**
 * Every stored record, written in a deterministic order (the types of {@link RecordSchemas#all()}, each in key
 * order) and fetched a page at a time, so an export of any size takes flat memory and the same store always gives
 * the same bytes. NDJSON and JSON exports re-import into an empty store and export again to identical bytes.
 *
 * <ul>
 *   <li>{@link #ndjson}: one record per line, as FORMAT.md shapes it.</li>
 *   <li>{@link #json}: {@code {"records": [...]}} with one record per line, so that a wrapper can grow other fields
 *       later and the file still diffs line by line.</li>
 *   <li>{@link #csv} / {@link #csvZip}: one file per type named by its plural ({@code presidencies.csv}), plus
 *       {@code participants.csv} for meetings' participants and {@code disputes.csv} for every record's disputes
 *       ({@link CsvWriter}); they re-import to the same records.</li>
 *   <li>{@link #ics}: meetings as iCalendar all-day events ({@link IcsWriter}).</li>
 *   <li>{@link #popolo}: a Popolo document ({@link PopoloWriter}).</li>
 * </ul>
 *
 * <p>Methods write to the stream they are given and flush it; they do not close it.
 */
public final class Exporter {
    // Zip entries carry a fixed time so that the same store gives the same archive.
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final RecordJson CODEC = RecordJson.codec();

    private final RecordView registry;
    private final Clock clock;

    public Exporter(RecordView registry) {
        this(registry, Clock.systemUTC());
    }

    /** @param clock gives the iCalendar {@code DTSTAMP}, the one part of an export that depends on when it runs */
    public Exporter(RecordView registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One record per line. */
    public void ndjson(OutputStream out) throws IOException {
        OutputStream buffered = buffer(out);
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (ConfedRecord record : Pages.of(registry, schema.javaType())) {
                buffered.write(Json.mapper().writeValueAsBytes(CODEC.toJson(record)));
                buffered.write('\n');
            }
        }
        buffered.flush();
    }

    /** {@code {"records": [...]}}, one record per line. */
    public void json(OutputStream out) throws IOException {
        OutputStream buffered = buffer(out);
        buffered.write(("{\"records\":[").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (ConfedRecord record : Pages.of(registry, schema.javaType())) {
                buffered.write(first ? '\n' : ',');
                if (!first) {
                    buffered.write('\n');
                }
                first = false;
                buffered.write(Json.mapper().writeValueAsBytes(CODEC.toJson(record)));
            }
        }
        buffered.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
        buffered.flush();
    }

    /** One CSV file per table of {@link CsvTable#all()} into {@code directory} (replacing files of those names). */
    public void csv(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (CsvTable type : CsvTable.all()) {
            try (OutputStream file = Files.newOutputStream(directory.resolve(type.fileName()))) {
                new CsvWriter(registry).write(type, file);
            }
        }
    }

    /** The files of {@link #csv} in one zip archive. */
    public void csvZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // finishing the archive must not close the caller's stream
            }
        }, StandardCharsets.UTF_8);
        for (CsvTable type : CsvTable.all()) {
            ZipEntry entry = new ZipEntry(type.fileName());
            entry.setTimeLocal(ZIP_TIME);
            zip.putNextEntry(entry);
            new CsvWriter(registry).write(type, zip);
            zip.closeEntry();
        }
        zip.close();
    }

    /** The meetings as an iCalendar (RFC 5545) calendar of all-day events. */
    public void ics(OutputStream out) throws IOException {
        OutputStream buffered = buffer(out);
        new IcsWriter(buffered, clock.instant(), new Lookups(registry)).write(Pages.of(registry, Meeting.class));
        buffered.flush();
    }

    /**
     * A Popolo JSON document (popoloproject.com, 1.0): {@code persons}, {@code organizations}, {@code memberships},
     * {@code posts} and {@code events}, each object valid against the Popolo schemas. Ids carry their type:
     * {@code person/assimi-goita}, {@code state/MLI}, {@code confederation/AES}, {@code post/...}, {@code meeting/...}.
     *
     * <ul>
     *   <li>person: {@code name}, {@code honorific} as {@code honorific_prefix};</li>
     *   <li>state, confederation: organizations classified {@code state} or by the body's kind ({@code confederation},
     *       {@code alliance}, {@code community}, {@code organization}), {@code names} as {@code other_names} (the
     *       language in {@code note}), {@code founded} as {@code founding_date};</li>
     *   <li>membership: a membership with role {@code member} whose {@code member} is the state's organization;</li>
     *   <li>presidency: a membership with role {@code presidency} in the confederation's presidency post, held by the
     *       holder ({@code person_id}, when known) {@code on_behalf_of_id} the presiding state;</li>
     *   <li>office term: a membership with the office as {@code role}, held by the person, in the state's
     *       organization when it has one, in the post it names ({@code post/ID}), else in a post made for the
     *       office;</li>
     *   <li>post: a post ({@code label}, its state's or body's organization);</li>
     *   <li>meeting: an event ({@code classification} = kind, {@code name} = title, {@code location} = place,
     *       {@code start_date} = date, {@code end_date} = end date) with its named participants as
     *       {@code attendees};</li>
     *   <li>citations: links, the source's address or {@code urn:confed:source:ID} when it has none, the id as
     *       {@code note}; a quote, locator or fields under the link's {@code confed} extension.</li>
     * </ul>
     *
     * <p>A date that is an interval ({@code ../2024-01-28}) is written in Popolo's field as the day, month or year the
     * whole interval lies within, or left out when there is none, and kept whole under the object's {@code confed}
     * extension ({@code "confed": {"start": "../2024-01-28"}}), which holds confed fields in confed's own form.
     *
     * <p>Reading the document back (an import of a {@code .popolo.json}, or of a {@code .json} holding it) restores
     * those facts. Popolo has no place for the rest, which does not survive: a source's publisher, title, date,
     * language, reference and excerpt (sources come back as their id and address, and only where no source of that
     * id is stored); a confederation's founding instrument, headquarters, presidency term, rotation and pillars; a
     * membership's announced dates and instrument; a presidency's {@code designated_at} and instrument; a meeting's
     * topics, its participants' capacities and posts, and participants known only by their post; instruments, action
     * plans and plan events; and every record's disputes.
     */
    public void popolo(OutputStream out) throws IOException {
        OutputStream buffered = buffer(out);
        PopoloWriter.write(registry, buffered);
        buffered.flush();
    }

    /**
     * Exports in one format into one stream (CSV as a zip of its files).
     *
     * @param format the format
     * @param out    where to write; flushed, not closed
     * @throws IOException when {@code out} cannot be written
     */
    public void write(ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case NDJSON -> ndjson(out);
            case JSON -> json(out);
            case CSV -> csvZip(out);
            case ICS -> ics(out);
            case POPOLO -> popolo(out);
        }
    }

    private static OutputStream buffer(OutputStream out) {
        return out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 64 * 1024);
    }
}
