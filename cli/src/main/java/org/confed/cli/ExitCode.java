package org.confed.cli;

/** The exit codes DESIGN.md promises scripts. */
public final class ExitCode {
    /** Done. */
    public static final int OK = 0;
    /** Invalid input; nothing was written. */
    public static final int INVALID_INPUT = 1;
    /** Wrong usage: an unknown option, a missing argument, a value of the wrong form. */
    public static final int USAGE = 2;
    /** The store is unreachable, or failed. */
    public static final int STORE = 3;

    private ExitCode() {
    }
}
