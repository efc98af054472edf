package uk.childrenscomplaints.complaint.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count and, where the report gives one, its share of a whole: {@code count} out of {@code of}. The exact fraction is
 * kept (count and of) so a published percentage can be traced to the complaints behind it; {@code percent} is that
 * fraction rounded half-up to a whole percent, or null when there is no whole to be a share of (no denominator, or a
 * denominator of 0).
 */
public record Figure(long count, Long of, Integer percent) {
    public Figure {
        if (count < 0 || (of != null && of < 0)) {
            throw new IllegalArgumentException("a figure cannot be negative");
        }
    }

    /** A count on its own, which the report gives without a percentage. */
    public static Figure count(long count) {
        return new Figure(count, null, null);
    }

    /** {@code count} as a share of {@code of}. */
    public static Figure of(long count, long of) {
        return new Figure(count, of, of == 0 ? null : wholePercent(count, of));
    }

    /** The exact fraction to the given number of decimal places, or null when there is no whole. */
    public BigDecimal fraction(int scale) {
        return of == null || of == 0
                ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), scale, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} as a whole percent, half-up (away from zero for a fall: -2.5% is -3%). */
    static int wholePercent(long part, long whole) {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
