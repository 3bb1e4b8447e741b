package org.festgate.core.ical;

import java.util.Locale;
import org.festgate.core.calendar.LunarDate;

/**
 * Writes a lunar date for a description, in the language of the feed: "Âm lịch: 15/1 năm Bính Ngọ",
 * "Lunar date: 15/1 (Bính Ngọ year)", "农历: 1月15日"; a leap month is marked "nhuận", "leap", "闰".
 */
final class LunarLabel {

    private LunarLabel() {
    }

    static String of(LunarDate date, Locale language) {
        boolean leap = date.isLeapMonth();
        switch (language.getLanguage()) {
            case "en":
                return "Lunar date: " + date.day() + "/" + (leap ? "leap " : "") + date.month()
                        + " (" + date.yearName() + " year)";
            case "zh":
                return "农历: " + (leap ? "闰" : "") + date.month() + "月" + date.day() + "日";
            default:
                return "Âm lịch: " + date.day() + "/" + date.month() + (leap ? " nhuận" : "")
                        + " năm " + date.yearName();
        }
    }
}
