package org.festgate.web.report;

import java.util.function.ToLongFunction;

/**
 * The figures a festival report compares with the year before. Those of ticketed events have no previous value
 * when that year had no ticketed event; those of fairs when it had no fair.
 */
public enum HeadlineFigure {
    ENTRIES("entries", true, y -> y.attendance().entries()),
    VISITORS("visitors", true, y -> y.attendance().visitors()),
    TICKETS_ISSUED("ticketsIssued", true, y -> y.tickets().issued()),
    TICKETS_CANCELLED("ticketsCancelled", true, y -> y.tickets().cancelled()),
    FAIRS("fairs", false, y -> y.fairs().size()),
    APPLICATIONS("applications", false, y -> y.vendors().applications()),
    VENDORS_WITH_STALL("vendorsWithStall", false, y -> y.vendors().withStall()),
    VENDORS_CHECKED_IN("vendorsCheckedIn", false, y -> y.vendors().checkedIn()),
    SALES_VALUE_VND("salesValueVnd", false, y -> y.sales().valueVnd()),
    SALES_QUANTITY("salesQuantity", false, y -> y.sales().quantity());

    private final String key;
    private final boolean ofEvents;
    private final ToLongFunction<YearFigures> value;

    HeadlineFigure(String key, boolean ofEvents, ToLongFunction<YearFigures> value) {
        this.key = key;
        this.ofEvents = ofEvents;
        this.value = value;
    }

    /** The figure's name in the API and in the tables. */
    public String key() {
        return key;
    }

    /** Whether the year had anything to count this figure from: a ticketed event, or a fair. */
    boolean recordedIn(YearFigures year) {
        return ofEvents ? !year.events().isEmpty() : !year.fairs().isEmpty();
    }

    long of(YearFigures year) {
        return value.applyAsLong(year);
    }
}
