package org.confed.cli;

/** Input the command refuses (exit 1); its message is shown as it is, one problem per line. */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message, null, false, false);
    }
}
