package org.confed.application.format;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The records of one type an import has read and checked, on disk until they are written: each as its place in
 * the input, its flags and its canonical JSON. Lets an import of any size hold no record in memory.
 */
final class Spill implements Closeable {
    private final Path file;
    private DataOutputStream out;
    private long count;

    Spill(Path directory, String type) throws IOException {
        file = Files.createTempFile(directory, "confed-import-" + type + "-", ".spill");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024));
    }

    void write(long place, int flags, byte[] json) throws IOException {
        out.writeLong(place);
        out.writeByte(flags);
        out.writeInt(json.length);
        out.write(json);
        count++;
    }

    long count() {
        return count;
    }

    /** Ends writing; reading may start. */
    void finish() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** A fresh reader from the first entry. */
    Entries read() throws IOException {
        finish();
        return new Entries(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024)));
    }

    /** Closes and deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The entries of a spill, one at a time. */
    static final class Entries implements Closeable {
        private final DataInputStream in;
        private long place;
        private int flags;
        private byte[] json;

        private Entries(DataInputStream in) {
            this.in = in;
        }

        /** Moves to the next entry; false at the end. */
        boolean next() throws IOException {
            try {
                place = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            flags = in.readByte();
            json = new byte[in.readInt()];
            in.readFully(json);
            return true;
        }

        long place() {
            return place;
        }

        int flags() {
            return flags;
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
