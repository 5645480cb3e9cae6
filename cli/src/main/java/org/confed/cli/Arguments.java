package org.confed.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.confed.application.exporting.ExportFormat;
import org.confed.application.format.RecordNames;
import org.confed.application.history.Recorded;
import org.confed.domain.model.ConfedException;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.InvalidFieldException;
import org.confed.domain.model.PersonId;
import org.confed.domain.model.PlanId;
import org.confed.domain.model.RecordKey;
import org.confed.domain.port.Actor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for command-line values: a bad one is a usage error (exit 2) that says what was expected. */
final class Arguments {
    private Arguments() {
    }

    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("expected a day as YYYY-MM-DD, not '" + value + "'");
            }
        }
    }

    static final class Confederation implements ITypeConverter<ConfederationCode> {
        @Override
        public ConfederationCode convert(String value) {
            try {
                return new ConfederationCode(value);
            } catch (ConfedException e) {
                throw new TypeConversionException("'" + value + "' is not a confederation code: " + e.getMessage());
            }
        }
    }

    static final class Plan implements ITypeConverter<PlanId> {
        @Override
        public PlanId convert(String value) {
            try {
                return new PlanId(value);
            } catch (ConfedException e) {
                throw new TypeConversionException("'" + value + "' is not a plan id: " + e.getMessage());
            }
        }
    }

    /** An instant "as recorded": an ISO 8601 instant with its offset, or a date meaning the end of that day in UTC. */
    static final class RecordedAt implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Recorded.parse("--recorded", value);
            } catch (InvalidFieldException e) {
                throw new TypeConversionException(e.problem());
            }
        }
    }

    /** The start of a span of time: an ISO 8601 instant with its offset, or a date meaning the start of that day in UTC. */
    static final class Since implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Recorded.since("--since", value);
            } catch (InvalidFieldException e) {
                throw new TypeConversionException(e.problem());
            }
        }
    }

    /** A record named {@code TYPE:KEY}, as in {@code person:assimi-goita} or {@code membership:AES:MLI:2023-09-16}. */
    static final class Record implements ITypeConverter<RecordKey> {
        @Override
        public RecordKey convert(String value) {
            try {
                return RecordNames.parse(value);
            } catch (InvalidFieldException e) {
                throw new TypeConversionException(e.problem());
            }
        }
    }

    static final class Person implements ITypeConverter<PersonId> {
        @Override
        public PersonId convert(String value) {
            try {
                return new PersonId(value);
            } catch (InvalidFieldException e) {
                throw new TypeConversionException(e.problem());
            }
        }
    }

    /** Who wrote a change: a token's name, or {@code cli}. */
    static final class Writer implements ITypeConverter<Actor> {
        @Override
        public Actor convert(String value) {
            try {
                return new Actor(value);
            } catch (InvalidFieldException e) {
                throw new TypeConversionException("'" + value + "' is not an actor's name: it " + e.problem());
            }
        }
    }

    /** The export formats as they are typed, for completion and help. */
    static final class FormatCodes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ExportFormat.codes().iterator();
        }
    }

    static final class Format implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.named(value).orElseThrow(() -> new TypeConversionException("expected one of "
                    + String.join(", ", ExportFormat.codes()) + ", not '" + value + "'"));
        }
    }
}
