package org.confed.application.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The records of one type an import has read and not yet written, kept in a file of the import's working folder so
 * that an import of any size holds no record in memory: each as the codec's JSON, with where it was read and how.
 */
final class Spill implements Closeable {
    private static final RecordOrigin[] ORIGINS = RecordOrigin.values();

    private final Path file;
    private final List<String> sources;
    private DataOutputStream out;
    private long count;

    /**
     * A new, empty spill file.
     *
     * @param directory the import's working folder
     * @param type      the records' type name, for the file's name
     * @param sources   the import's inputs by index, to name places read back
     */
    Spill(Path directory, String type, List<String> sources) throws IOException {
        this.file = Files.createTempFile(directory, "confed-import-" + type + "-", ".spill");
        this.sources = sources;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
    }

    void write(int source, long line, RecordOrigin origin, byte[] json) throws IOException {
        out.writeInt(source);
        out.writeLong(line);
        out.writeByte(origin.ordinal());
        out.writeInt(json.length);
        out.write(json);
        count++;
    }

    long count() {
        return count;
    }

    void finish() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    Entries read() throws IOException {
        finish();
        return new Entries(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024)));
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The records of a spill, read back in the order they were written. */
    final class Entries implements Closeable {
        private final DataInputStream in;
        private Place place;
        private RecordOrigin origin;
        private byte[] json;

        private Entries(DataInputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            int source;
            try {
                source = in.readInt();
            } catch (EOFException end) {
                return false;
            }
            place = new Place(sources.get(source), in.readLong());
            origin = ORIGINS[in.readByte()];
            json = new byte[in.readInt()];
            in.readFully(json);
            return true;
        }

        Place place() {
            return place;
        }

        RecordOrigin origin() {
            return origin;
        }

        byte[] json() {
            return json;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
