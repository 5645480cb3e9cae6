package org.confed.application.importing;

import java.util.Objects;
import org.confed.domain.port.Actor;

/**
 * How to import.
 *
 * @param dryRun      check and report only; write nothing
 * @param onError     {@link OnError#STOP}: nothing is written when any problem is found; {@link OnError#SKIP}: the good
 *                    records are written and the bad ones reported
 * @param maxProblems how many problems to list at most (at least 1); the rest are counted, not listed
 * @param actor       who writes, for the change log
 */
public record ImportOptions(boolean dryRun, OnError onError, int maxProblems, Actor actor) {
    /** The problems an import lists unless told otherwise. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    public ImportOptions {
        Objects.requireNonNull(onError, "onError");
        Objects.requireNonNull(actor, "actor");
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1: " + maxProblems);
        }
    }

    /** Writes everything or nothing, listing up to {@value #DEFAULT_MAX_PROBLEMS} problems. */
    public static ImportOptions defaults(Actor actor) {
        return new ImportOptions(false, OnError.STOP, DEFAULT_MAX_PROBLEMS, actor);
    }
}
