package se.ekonomiuppfoljning.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of an exported table, typed so that Excel gets numbers and dates rather than text. Amounts are
 * kept in kronor and shown in tkr; the writers decide the rounding (CSV: whole tkr as on screen; xlsx: the
 * exact value with a display format).
 */
public sealed interface ExportCell {

    /** An empty cell. */
    ExportCell EMPTY = new Text("", 0);

    static ExportCell text(@Nullable String value) {
        return new Text(value == null ? "" : value, 0);
    }

    /** Text indented {@code level} steps (a unit under its parent); CSV writes the text alone. */
    static ExportCell indented(String value, int level) {
        return new Text(value, level);
    }

    static ExportCell amount(BigDecimal kronor) {
        return new Amount(kronor);
    }

    /** A percentage such as 95.9 for 95,9 %, or none ("–") where none exists. */
    static ExportCell percent(Optional<BigDecimal> percent) {
        return new Percent(percent.orElse(null));
    }

    static ExportCell date(LocalDate date) {
        return new Date(date);
    }

    static ExportCell dateTime(LocalDateTime time) {
        return new DateTime(time);
    }

    static ExportCell number(long value) {
        return new WholeNumber(value);
    }

    record Text(String value, int indent) implements ExportCell {
        public Text {
            Objects.requireNonNull(value);
            if (indent < 0) {
                throw new IllegalArgumentException("indent must not be negative: " + indent);
            }
        }
    }

    /** An amount in kronor, exported in tkr. */
    record Amount(BigDecimal kronor) implements ExportCell {
        public Amount {
            Objects.requireNonNull(kronor);
        }
    }

    /**
     * A percentage with one decimal (95.9 = 95,9 %), rounded half-up once here if it came with more; {@code null}
     * where no percentage exists (budget 0 with an actual).
     */
    record Percent(@Nullable BigDecimal percent) implements ExportCell {
        public Percent {
            percent = percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
        }

        public Optional<BigDecimal> value() {
            return Optional.ofNullable(percent);
        }
    }

    record Date(LocalDate date) implements ExportCell {
        public Date {
            Objects.requireNonNull(date);
        }
    }

    /** A local time (the portal's time zone), to the minute. */
    record DateTime(LocalDateTime time) implements ExportCell {
        public DateTime {
            Objects.requireNonNull(time);
        }
    }

    record WholeNumber(long value) implements ExportCell {}
}
