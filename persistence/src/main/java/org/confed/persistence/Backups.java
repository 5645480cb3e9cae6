package org.confed.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.confed.domain.port.RecordEncoding;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.persistence.StoreLocation.H2File;

/**
 * Backups of an H2 file store, taken while it serves, and their restoring. A backup is H2's own: a zip holding the
 * database file as of one moment, so it keeps everything, the change log and versions included. PostgreSQL stores
 * are backed up with {@code pg_dump}, which does the same for a database shared by several servers.
 */
final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** What a backup wrote: the file, its size, and how many records the store held when it was taken. */
    record Written(Path file, long bytes, long records) {
    }

    /** What a restore did: the store's records now, and where the file it replaced is kept (or {@code null}). */
    record Restored(String location, long records, Path replacedKeptAs) {
    }

    /** A backup that cannot be taken or restored, for a reason the user can fix; nothing was changed. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Writes a backup of the store at {@code location} to {@code zip}, replacing it only once the new one is whole and
     * has been read back, so a failure or a kill leaves any earlier backup there as it was.
     *
     * @param records   how many records the store holds
     * @param h2Backup  the open store's H2 {@code BACKUP TO} a file
     * @throws Refused                   when the store is not an H2 file
     * @throws StoreUnavailableException when the store or the file system fails
     */
    static Written write(StoreLocation location, Path zip, LongSupplier records, Consumer<Path> h2Backup) {
        location.match(file -> file, memory -> {
            throw new Refused("confed backup copies H2 file stores; " + memory.location() + " is kept in memory");
        }, postgres -> {
            throw new Refused("confed backup copies H2 file stores; " + postgres.location()
                    + " is backed up with pg_dump (see the README)");
        });
        Path destination = zip.toAbsolutePath().normalize();
        Path directory = destination.getParent();
        if (!Files.isDirectory(directory)) {
            throw new Refused("cannot write " + zip + ": no directory " + directory);
        }
        Path partial = directory.resolve("." + destination.getFileName() + ".partial-" + random());
        try {
            long held = records.getAsLong();
            h2Backup.accept(partial);
            checkReadable(partial);
            force(partial);
            move(partial, destination);
            return new Written(zip, Files.size(destination), held);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot write " + zip + ": " + reason(e), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * Puts the backup {@code zip} in place as the H2 file store at {@code jdbcUrl}. The backup is unpacked beside the
     * store and opened first (its schema brought up to date), so a damaged backup changes nothing; the store's file is
     * then swapped in one rename, so a kill leaves the old store or the restored one, never a mix. A store holding
     * records is replaced only when {@code replace} is set, and its file is kept beside it.
     *
     * @param environment where the store's user and password variables are read
     * @param clock       stamps the name of the replaced file kept
     * @param encoding    the store's encoding, to bring an older backup's schema up to date
     * @throws Refused                   when the file is not a backup, the target not an H2 file, or it holds records
     *                                   and {@code replace} is not set
     * @throws StoreUnavailableException when the store is in use, or the file system fails
     */
    static Restored restore(Path zip, String jdbcUrl, Map<String, String> environment, boolean replace, Clock clock,
                            RecordEncoding encoding) {
        H2File target = StoreLocation.parse(jdbcUrl, environment).match(file -> file, memory -> {
            throw new Refused("confed restore puts a backup in place of an H2 file store; " + memory.location()
                    + " is kept in memory");
        }, postgres -> {
            throw new Refused("confed restore puts a backup in place of an H2 file store; " + postgres.location()
                    + " is restored with pg_restore (see the README)");
        });
        if (!Files.isRegularFile(zip)) {
            throw new Refused(zip + ": no such file");
        }
        Path file = target.file();
        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - StoreLocation.H2_SUFFIX.length());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create directory " + file.getParent() + ": " + reason(e), e);
        }
        Path unpackedBase = file.resolveSibling(base + ".restoring-" + random());
        Path unpacked = unpackedBase.resolveSibling(unpackedBase.getFileName() + StoreLocation.H2_SUFFIX);
        try {
            unpack(zip, unpacked);
            long records;
            try {
                records = size(StoreLocation.parse(target.driverUrlOf(unpackedBase), environment), encoding);
            } catch (StoreUnavailableException e) {
                throw new Refused(zip + ": not a usable confed backup: " + e.getMessage());
            }
            Path kept = null;
            if (Files.exists(file)) {
                long present = size(target, encoding);
                if (present > 0 && !replace) {
                    throw new Refused(target.location() + " holds " + present + " records: add --replace to put "
                            + "the backup in its place (the replaced file is kept beside it)");
                }
                kept = file.resolveSibling(base + ".before-restore-" + STAMP.format(clock.instant()) + StoreLocation.H2_SUFFIX);
                // a second name for the old file first, so that no moment is without one of the two stores
                Files.createLink(kept, file);
            }
            force(unpacked);
            move(unpacked, file);
            return new Restored(target.location(), records, kept);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot restore into " + target.location() + ": " + reason(e), e);
        } finally {
            deleteQuietly(unpacked);
            deleteQuietly(unpackedBase.resolveSibling(unpackedBase.getFileName() + ".trace.db"));
        }
    }

    /** Opens the store at {@code location} (bringing its schema up to date) and counts its records. */
    private static long size(StoreLocation location, RecordEncoding encoding) {
        try (Connections connections = Opening.open(location, encoding)) {
            return connections.read(handle -> new StoredRecords(handle, encoding).size());
        }
    }

    /** Copies the zip's one {@code .mv.db} entry to {@code destination}. */
    private static void unpack(Path zip, Path destination) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isDirectory() || !entry.getName().endsWith(StoreLocation.H2_SUFFIX)) {
                    continue;
                }
                if (found) {
                    throw new Refused(zip + ": not a confed backup: it holds more than one database file");
                }
                found = true;
                try (OutputStream out = Files.newOutputStream(destination, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    in.transferTo(out);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new Refused(zip + ": not a confed backup: " + reason(e));
        }
        if (!found) {
            throw new Refused(zip + ": not a confed backup: it holds no H2 database file (*" + StoreLocation.H2_SUFFIX + ")");
        }
    }

    /** Reads the zip through: every entry's checksum is checked on the way. */
    static void checkReadable(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            boolean database = false;
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                database |= entry.getName().endsWith(StoreLocation.H2_SUFFIX);
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (!database) {
                throw new IOException("it holds no H2 database file (*" + StoreLocation.H2_SUFFIX + ")");
            }
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover with a name of its own; it harms nothing
        }
    }

    private static String random() {
        return Long.toHexString(new SecureRandom().nextLong() >>> 1);
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
