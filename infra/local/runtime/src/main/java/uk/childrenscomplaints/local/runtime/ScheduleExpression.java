package uk.childrenscomplaints.local.runtime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge Scheduler expression ({@code cron(...)}, {@code rate(...)} or {@code at(...)}) in its time zone,
 * answering only "when does it fire next?".
 *
 * <p>Daylight saving follows EventBridge Scheduler's documented behaviour: a cron time that does not exist on the
 * day the clocks go forward is skipped, not moved; a time that happens twice when they go back fires once (the
 * first). A rate of days is a fixed 24 hours, not "same wall-clock time tomorrow".
 *
 * <p>Syntax AWS would refuse is refused here too, so a schedule that works locally also deploys.
 */
public final class ScheduleExpression {

    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+)\\s+(minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    // EventBridge numbers the week from Sunday: 1 = SUN ... 7 = SAT.
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2199;

    private final String text;
    private final ZoneId zone;
    private final Cron cron;
    private final Duration rate;
    private final LocalDateTime once;

    private ScheduleExpression(String text, ZoneId zone, Cron cron, Duration rate, LocalDateTime once) {
        this.text = text;
        this.zone = zone;
        this.cron = cron;
        this.rate = rate;
        this.once = once;
    }

    /** In UTC, as a schedule without {@code ScheduleExpressionTimezone} is evaluated. */
    public static ScheduleExpression parse(String expression) {
        return parse(expression, ZoneOffset.UTC);
    }

    public static ScheduleExpression parse(String expression, ZoneId zone) {
        String text = expression == null ? "" : expression.trim();
        Matcher cron = CRON.matcher(text);
        if (cron.matches()) {
            return new ScheduleExpression(
                    text, zone, Cron.parse(text, cron.group(1).trim()), null, null);
        }
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long value = Long.parseLong(rate.group(1));
            if (value <= 0) {
                throw refused(text, "a rate must be a positive number");
            }
            // AWS wants the singular for 1 and the plural otherwise.
            boolean plural = rate.group(2).endsWith("s");
            if (plural == (value == 1)) {
                throw refused(text, "write 'rate(1 minute)' for one and 'rate(5 minutes)' for more");
            }
            ChronoUnit unit = switch (rate.group(2).charAt(0)) {
                case 'm' -> ChronoUnit.MINUTES;
                case 'h' -> ChronoUnit.HOURS;
                default -> ChronoUnit.DAYS;
            };
            return new ScheduleExpression(text, zone, null, unit.getDuration().multipliedBy(value), null);
        }
        Matcher at = AT.matcher(text);
        if (at.matches()) {
            return new ScheduleExpression(text, zone, null, null, LocalDateTime.parse(at.group(1)));
        }
        throw refused(
                text,
                "expected cron(min hour day-of-month month day-of-week year), rate(n minutes|hours|days)"
                        + " or at(yyyy-mm-ddThh:mm:ss)");
    }

    public String text() {
        return text;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isRate() {
        return rate != null;
    }

    /**
     * The first fire time strictly after {@code after}, in the schedule's zone; empty when it never fires again.
     * A rate has no calendar of its own: it fires one period after the last fire (or after start-up).
     */
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
        ZonedDateTime from = after.withZoneSameInstant(zone);
        if (rate != null) {
            return Optional.of(from.plus(rate));
        }
        if (once != null) {
            ZonedDateTime fire = ZonedDateTime.of(once, zone);
            return fire.isAfter(from) ? Optional.of(fire) : Optional.empty();
        }
        return cron.nextAfter(from);
    }

    public Optional<Instant> nextFireAfter(Instant after) {
        return nextAfter(after.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    @Override
    public String toString() {
        return text + " " + zone;
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("Schedule expression '" + text + "': " + why);
    }

    /** The six cron fields as sets of allowed values. */
    private record Cron(
            BitSet minutes,
            BitSet hours,
            BitSet daysOfMonth,
            BitSet months,
            BitSet daysOfWeek,
            BitSet years,
            boolean anyDayOfMonth,
            boolean anyDayOfWeek) {

        static Cron parse(String text, String body) {
            String[] f = body.split("\\s+");
            if (f.length != 6) {
                throw refused(
                        text, "cron needs six fields (min hour day-of-month month day-of-week year), got " + f.length);
            }
            boolean domAny = f[2].equals("?");
            boolean dowAny = f[4].equals("?");
            // AWS refuses both or neither: one day field must be '?'.
            if (domAny == dowAny) {
                throw refused(text, "exactly one of day-of-month and day-of-week must be '?'");
            }
            return new Cron(
                    field(text, "minutes", f[0], 0, 59, List.of(), true),
                    field(text, "hours", f[1], 0, 23, List.of(), true),
                    domAny ? all(1, 31) : field(text, "day-of-month", f[2], 1, 31, List.of(), true),
                    field(text, "month", f[3], 1, 12, MONTHS, true),
                    dowAny ? all(1, 7) : field(text, "day-of-week", f[4], 1, 7, DAYS, false),
                    field(text, "year", f[5], FIRST_YEAR, LAST_YEAR, List.of(), true),
                    domAny,
                    dowAny);
        }

        private static BitSet field(
                String text, String name, String value, int min, int max, List<String> names, boolean stepAllowed) {
            if (value.equals("?")) {
                throw refused(text, "'?' is only for day-of-month or day-of-week");
            }
            BitSet set = new BitSet();
            for (String part : value.split(",")) {
                int slash = part.indexOf('/');
                String range = slash < 0 ? part : part.substring(0, slash);
                int step = 1;
                if (slash >= 0) {
                    if (!stepAllowed) {
                        throw refused(text, name + " does not take a '/' increment");
                    }
                    step = number(text, name, part.substring(slash + 1), 1, max, List.of());
                }
                int from;
                int to;
                if (range.equals("*")) {
                    from = min;
                    to = max;
                } else if (range.contains("-")) {
                    String[] ends = range.split("-", 2);
                    from = number(text, name, ends[0], min, max, names);
                    to = number(text, name, ends[1], min, max, names);
                    if (from > to) {
                        throw refused(text, name + " range '" + range + "' runs backwards; split it with a comma");
                    }
                } else {
                    from = number(text, name, range, min, max, names);
                    // "5/15" means from 5 every 15, to the end of the field.
                    to = slash < 0 ? from : max;
                }
                for (int v = from; v <= to; v += step) {
                    set.set(v);
                }
            }
            return set;
        }

        private static int number(String text, String name, String token, int min, int max, List<String> names) {
            int index = names.indexOf(token.toUpperCase(Locale.ROOT));
            if (index >= 0) {
                return index + 1;
            }
            if (token.matches(".*[LW#].*")) {
                // Valid in AWS, but nothing here needs "last", "nearest weekday" or "nth weekday" yet.
                throw refused(text, name + " '" + token + "': L, W and # are not supported by the local runtime");
            }
            try {
                int n = Integer.parseInt(token);
                if (n < min || n > max) {
                    throw refused(text, name + " " + n + " is outside " + min + "-" + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw refused(
                        text,
                        name + " '" + token + "' is not a number" + (names.isEmpty() ? "" : " or one of " + names));
            }
        }

        private static BitSet all(int from, int to) {
            BitSet set = new BitSet();
            set.set(from, to + 1);
            return set;
        }

        Optional<ZonedDateTime> nextAfter(ZonedDateTime from) {
            ZoneId zone = from.getZone();
            LocalDate day = from.toLocalDate();
            // Walk days rather than solve fields: at most a few years of days, and DST is handled day by day.
            while (day.getYear() <= LAST_YEAR) {
                if (!years.get(day.getYear())) {
                    int nextYear = years.nextSetBit(day.getYear() + 1);
                    if (nextYear < 0) {
                        return Optional.empty();
                    }
                    day = LocalDate.of(nextYear, 1, 1);
                    continue;
                }
                if (matches(day)) {
                    Optional<ZonedDateTime> fire = firstTimeOn(day, zone, from);
                    if (fire.isPresent()) {
                        return fire;
                    }
                }
                day = day.plusDays(1);
            }
            return Optional.empty();
        }

        private boolean matches(LocalDate day) {
            if (!months.get(day.getMonthValue())) {
                return false;
            }
            return anyDayOfWeek ? daysOfMonth.get(day.getDayOfMonth()) : daysOfWeek.get(eventBridgeDay(day));
        }

        private static int eventBridgeDay(LocalDate day) {
            // java.time: MON = 1 ... SUN = 7; EventBridge: SUN = 1 ... SAT = 7.
            return day.getDayOfWeek() == DayOfWeek.SUNDAY
                    ? 1
                    : day.getDayOfWeek().getValue() + 1;
        }

        private Optional<ZonedDateTime> firstTimeOn(LocalDate day, ZoneId zone, ZonedDateTime after) {
            for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
                for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
                    LocalDateTime local = LocalDateTime.of(day, LocalTime.of(h, m));
                    // A wall-clock time the clocks jump over has no valid offset: EventBridge skips it.
                    if (zone.getRules().getValidOffsets(local).isEmpty()) {
                        continue;
                    }
                    // Of a time that happens twice, ofLocal picks the earlier offset, so it fires once.
                    ZonedDateTime fire = ZonedDateTime.ofLocal(local, zone, null);
                    if (fire.isAfter(after)) {
                        return Optional.of(fire);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
