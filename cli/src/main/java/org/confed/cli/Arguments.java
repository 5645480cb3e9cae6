package org.confed.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.confed.application.exporting.ExportFormat;
import org.confed.domain.model.ConfedException;
import org.confed.domain.model.ConfederationCode;
import org.confed.domain.model.PlanId;
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
