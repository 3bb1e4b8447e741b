package org.festgate.core.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form of a {@link Schedule}; the grammar is documented on {@link Schedule}.
 */
final class ScheduleParser {

    private static final Pattern LUNAR = Pattern.compile("lunar:(\\d{2})-(\\d{2})((?:;[^;]*)*)");
    private static final Pattern SOLAR = Pattern.compile("solar:(\\d{2})-(\\d{2})");
    private static final Pattern WEEKDAY = Pattern.compile("weekday:(\\d{2})-([1-5]|LAST)-([A-Z]+)");
    private static final Pattern ONCE = Pattern.compile("once:(\\d{4}-\\d{2}-\\d{2})");

    private ScheduleParser() {
    }

    static Schedule parse(CharSequence text) {
        Objects.requireNonNull(text, "text is required");
        String s = text.toString();
        try {
            if (s.startsWith("lunar:")) {
                return lunar(s, match(LUNAR, s, "lunar:MM-DD[;leap=regular|both][;short=last-day|skip]"));
            }
            if (s.startsWith("solar:")) {
                Matcher m = match(SOLAR, s, "solar:MM-DD");
                return SolarYearly.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (s.startsWith("weekday:")) {
                return weekday(match(WEEKDAY, s, "weekday:MM-(1..5|LAST)-DAYOFWEEK"));
            }
            if (s.startsWith("once:")) {
                return Once.of(LocalDate.parse(match(ONCE, s, "once:yyyy-MM-dd").group(1)));
            }
        } catch (DateTimeParseException e) {
            throw e.getParsedString().equals(s) ? e : failure(s, e.getMessage(), e);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw failure(s, e.getMessage(), e);
        }
        throw failure(s, "unknown kind, expected lunar:, solar:, weekday: or once:", null);
    }

    private static Matcher match(Pattern pattern, String text, String form) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            throw failure(text, "expected " + form, null);
        }
        return m;
    }

    private static LunarYearly lunar(String text, Matcher m) {
        LeapMonthPolicy leap = null;
        ShortMonthPolicy shortMonth = null;
        String options = m.group(3);
        for (String option : options.isEmpty() ? new String[0] : options.substring(1).split(";", -1)) {
            if (option.startsWith("leap=") && leap == null) {
                leap = option(text, LeapMonthPolicy.values(), LeapMonthPolicy::code, option);
            } else if (option.startsWith("short=") && shortMonth == null) {
                shortMonth = option(text, ShortMonthPolicy.values(), ShortMonthPolicy::code, option);
            } else {
                throw failure(text, "unknown or repeated option '" + option + "'", null);
            }
        }
        return LunarYearly.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                leap == null ? LeapMonthPolicy.REGULAR_MONTH_ONLY : leap,
                shortMonth == null ? ShortMonthPolicy.LAST_DAY : shortMonth);
    }

    private static <E> E option(String text, E[] values, Function<E, String> code, String option) {
        String value = option.substring(option.indexOf('=') + 1);
        for (E candidate : values) {
            if (code.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        throw failure(text, "unknown value in option '" + option + "'", null);
    }

    private static NthWeekdayYearly weekday(Matcher m) {
        int ordinal = m.group(2).equals("LAST") ? NthWeekdayYearly.LAST : Integer.parseInt(m.group(2));
        return NthWeekdayYearly.of(Month.of(Integer.parseInt(m.group(1))), ordinal, DayOfWeek.valueOf(m.group(3)));
    }

    private static DateTimeParseException failure(String text, String problem, Throwable cause) {
        return new DateTimeParseException("Cannot parse schedule '" + text + "': " + problem, text, 0, cause);
    }
}
