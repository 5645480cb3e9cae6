package org.confed.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * UTF-8 text from bytes, decoded strictly: a byte sequence that is not UTF-8 becomes a problem at its line rather
 * than a silent U+FFFD. A leading byte order mark is dropped. Counts lines as it delivers characters.
 *
 * <p>Strict mode throws {@link InvalidTextException} once the characters before the bad bytes are delivered (for
 * parsers that cannot resume); lenient mode skips the bad bytes and remembers their line for {@link #badLineUpTo}.
 */
final class Utf8Input extends Reader {
    private final InputStream in;
    private final boolean lenient;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private final ArrayDeque<long[]> badLines = new ArrayDeque<>();
    private boolean endOfBytes;
    private boolean flushed;
    private boolean started;
    private long line = 1;
    private InvalidTextException pending;

    Utf8Input(InputStream in, boolean lenient) {
        this.in = in;
        this.lenient = lenient;
        bytes.flip();
        chars.flip();
    }

    /** The line of the next character to be read (1 for the first). */
    long line() {
        return line;
    }

    /**
     * In lenient mode: the first bad byte sequence met on a line up to {@code lineNumber}, as a message, or
     * {@code null}. Forgets the ones it passes.
     */
    String badLineUpTo(long lineNumber) {
        String found = null;
        while (!badLines.isEmpty() && badLines.peekFirst()[0] <= lineNumber) {
            long[] bad = badLines.pollFirst();
            if (bad[0] == lineNumber && found == null) {
                found = message(bad[1]);
            }
        }
        return found;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                if (pending != null) {
                    throw pending;
                }
                return -1;
            }
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        for (int i = offset; i < offset + count; i++) {
            if (target[i] == '\n') {
                line++;
            }
        }
        return count;
    }

    // Decodes the next run of characters; false at the end of the input.
    private boolean fill() throws IOException {
        chars.clear();
        while (!flushed) {
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                long at = line + newlines(chars);
                int first = bytes.get(bytes.position()) & 0xFF;
                bytes.position(bytes.position() + result.length());
                if (!lenient) {
                    pending = new InvalidTextException(at, message(first));
                    break;
                }
                badLines.addLast(new long[] {at, first});
                continue;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfBytes) {
                decoder.flush(chars);
                flushed = true;
                break;
            }
            if (chars.position() > 0 && in.available() <= 0) {
                break; // hand on what is decoded rather than wait on a slow stream
            }
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining() || (!flushed && pending == null && fill());
    }

    private static long newlines(CharBuffer decoded) {
        long count = 0;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String message(long firstByte) {
        return "not valid UTF-8 (a bad byte 0x" + String.format(Locale.ROOT, "%02X", firstByte) + "); save the file as UTF-8";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not UTF-8, at a line. */
    static final class InvalidTextException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        InvalidTextException(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
