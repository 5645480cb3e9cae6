package org.confed.persistence;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import org.confed.domain.port.StoreUnavailableException;
import org.confed.persistence.StoreLocation.Postgres;
import org.flywaydb.core.api.FlywayException;

/**
 * Database failures told in words for a user: one line that says what is wrong and where, with the driver's
 * exception kept as the cause for a log.
 */
final class Failures {
    // H2's error codes (org.h2.api.ErrorCode), named here to say what each branch is about
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_IO_EXCEPTION_2 = 90031;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_FILE_CREATION_FAILED = 90062;
    private static final int H2_DATABASE_IS_READ_ONLY = 90097;
    private static final int H2_DATABASE_IS_CLOSED = 90098;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;

    private Failures() {
    }

    /** Why the store could not be opened or migrated. */
    static StoreUnavailableException opening(StoreLocation target, Throwable failure) {
        if (failure instanceof StoreUnavailableException unavailable) {
            return unavailable;
        }
        SQLException sql = sqlCause(failure);
        String message = target.match(file -> h2Opening("the H2 file " + file.file(), file, sql),
                memory -> h2Opening(memory.location(), memory, sql), postgres -> postgresOpening(postgres, sql, failure));
        if (message == null && failure instanceof FlywayException && sql == null) {
            // Flyway wraps a failed migration's reason in "Migration failed !": the innermost one says what failed
            Throwable reason = failure;
            for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof FlywayException) {
                    reason = cause;
                }
            }
            message = "cannot bring the schema of " + target.location() + " up to date: " + firstLine(reason.getMessage());
        }
        if (message == null) {
            message = "cannot open " + target.location() + ": " + summary(failure);
        }
        return new StoreUnavailableException(message, failure);
    }

    /** Why a read or write failed once the store was open. */
    static StoreUnavailableException during(StoreLocation target, Throwable failure) {
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql == null ? 0 : sql.getErrorCode();
        String message;
        if (target.isH2() && (code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE || state.equals("40001"))
                || !target.isH2() && (state.equals("40001") || state.equals("40P01") || state.equals("55P03"))) {
            message = target.location() + " is busy: another write holds the same records; try again";
        } else if (target.isH2() && (code == H2_DATABASE_IS_CLOSED || code == H2_DATABASE_CALLED_AT_SHUTDOWN)) {
            message = target.location() + " was closed";
        } else if (target.isH2() && isNoSpace(failure)) {
            message = "cannot write " + target.location() + ": no space left on the device";
        } else if (target.isH2() && code == H2_DATABASE_IS_READ_ONLY) {
            message = "cannot write " + target.location() + ": "
                    + (target.readOnlyBecause() == null ? "it is open read-only" : target.readOnlyBecause());
        } else if (target.isH2() && ioCause(failure) != null) {
            // "File too large" (a file size limit), "Disk quota exceeded", "Read-only file system": the system's words
            message = "cannot write " + target.location() + ": " + ioCause(failure).getMessage();
        } else if (!target.isH2() && (state.startsWith("08") || state.startsWith("57P"))) {
            message = "lost the connection to PostgreSQL at " + server(target) + ": " + summary(failure);
        } else if (!target.isH2() && state.equals("53100")) {
            message = "PostgreSQL at " + server(target) + " has no disk space left";
        } else {
            message = target.location() + " failed: " + summary(failure);
        }
        return new StoreUnavailableException(message, failure);
    }

    /**
     * Whether the database rolled the transaction back only because of another one (a deadlock, a serialization
     * failure), so that the same write may succeed when tried again.
     */
    static boolean isTransient(Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return state.equals("40001") || state.equals("40P01") || sql.getErrorCode() == H2_CONCURRENT_UPDATE;
    }

    private static String server(StoreLocation target) {
        return target.match(file -> file.location(), memory -> memory.location(), Postgres::server);
    }

    private static String h2Opening(String where, StoreLocation target, SQLException sql) {
        if (sql == null) {
            return null;
        }
        int code = sql.getErrorCode();
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return where + " is in use by another process";
        }
        if (code == H2_WRONG_USER_OR_PASSWORD) {
            return "authentication failed for user " + (target.user() == null ? "(none)" : target.user()) + " on " + where;
        }
        if (code == H2_FILE_CORRUPTED) {
            return where + " is damaged: " + summary(sql);
        }
        if (code == H2_FILE_VERSION_ERROR) {
            return where + " was written by another version of H2: " + summary(sql);
        }
        if (code == H2_DATABASE_IS_READ_ONLY) {
            return where + " is read-only";
        }
        if (isNoSpace(sql)) {
            return "cannot write " + where + ": no space left on the device";
        }
        if (code == H2_IO_EXCEPTION || code == H2_IO_EXCEPTION_2 || code == H2_FILE_CREATION_FAILED) {
            return "cannot read or write " + where + ": " + summary(sql);
        }
        return "cannot open " + where + ": " + summary(sql);
    }

    private static String postgresOpening(Postgres target, SQLException sql, Throwable failure) {
        String server = "PostgreSQL at " + target.server();
        Throwable network = networkCause(failure);
        if (network instanceof ConnectException) {
            return "cannot connect to " + server + ": connection refused";
        }
        if (network instanceof UnknownHostException) {
            return "cannot connect to " + server + ": unknown host";
        }
        if (network instanceof SocketTimeoutException) {
            return "cannot connect to " + server + ": no answer (timed out)";
        }
        if (network instanceof NoRouteToHostException) {
            return "cannot connect to " + server + ": no route to host";
        }
        if (sql == null) {
            return null;
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        String user = target.user() == null ? System.getProperty("user.name") : target.user();
        return switch (state) {
            case "28P01", "28000" -> "authentication failed for user " + user + " on " + server + ": " + summary(sql);
            case "3D000" -> "database " + target.database() + " does not exist on " + server;
            case "53300" -> server + " accepts no more connections";
            case "57P03" -> server + " is starting up or shutting down; try again";
            case "42501" -> "user " + user + " may not create the schema on " + server + ": " + summary(sql);
            default -> state.startsWith("08") ? "cannot connect to " + server + ": " + summary(sql) : null;
        };
    }

    private static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                found = sql;
                if (sql.getNextException() != null) {
                    found = sql.getNextException();
                }
            }
        }
        return found;
    }

    private static Throwable networkCause(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
                return cause;
            }
        }
        return null;
    }

    static boolean isNoSpace(Throwable failure) {
        IOException io = ioCause(failure);
        return io != null && io.getMessage().toLowerCase(Locale.ROOT).contains("no space left");
    }

    /**
     * The operating system's error behind a failure, with a message: H2 hides it deep, under causes, suppressed
     * exceptions and chained SQL exceptions, some of them circular.
     */
    private static IOException ioCause(Throwable failure) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof IOException io && io.getMessage() != null && !io.getMessage().isBlank()) {
                return io;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            pending.addAll(java.util.List.of(next.getSuppressed()));
        }
        return null;
    }

    /** The most telling message of a failure, on one line, without H2's error code suffix or PostgreSQL's severity. */
    static String summary(Throwable failure) {
        SQLException sql = sqlCause(failure);
        Throwable telling = sql != null ? sql : failure;
        while (telling.getMessage() == null && telling.getCause() != null) {
            telling = telling.getCause();
        }
        String message = firstLine(telling.getMessage() == null ? telling.getClass().getSimpleName() : telling.getMessage());
        message = message.replaceAll("\\s*\\[\\d{5}-\\d+]\\s*$", "");
        message = message.replaceFirst("^(FATAL|ERROR|PANIC): ", "");
        return message.strip();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        // H2 continues a message with "; SQL statement:" or "Possible solutions:"
        int statement = line.indexOf("; SQL statement:");
        return statement < 0 ? line : line.substring(0, statement);
    }
}
