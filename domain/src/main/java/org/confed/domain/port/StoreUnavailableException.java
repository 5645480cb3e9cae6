package org.confed.domain.port;

import org.confed.domain.model.ConfedException;

/**
 * The store cannot be reached or cannot write: a server down, a file held by another process, a full disk.
 * The message says which in words fit for a user; the cause carries the details for a log.
 */
public final class StoreUnavailableException extends ConfedException {
    private static final long serialVersionUID = 1L;

    /**
     * A store that failed.
     *
     * @param message what failed, in words fit for a user
     * @param cause   the failure underneath, for a log
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
