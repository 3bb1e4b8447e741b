package org.festgate.core.ical;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Occurrence;
import org.festgate.core.schedule.TimedSession;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;

/**
 * The iCalendar (RFC 5545) feed of the festivals held over a range of dates, in one language.
 * <p>
 * The feed is a {@code VCALENDAR} with {@code PRODID}, {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN},
 * {@code METHOD:PUBLISH}, {@code X-WR-CALNAME} and a {@code VTIMEZONE} for Asia/Ho_Chi_Minh (UTC+7 without
 * daylight saving since 1975). Each occurrence overlapping the range gives:
 * <ul>
 * <li>one all-day {@code VEVENT} ({@code DTSTART;VALUE=DATE}, {@code DTEND} exclusive) with UID
 * {@code <festivalKey>-<yyyyMMdd>@<domain>}, where the date is the first day of the occurrence;</li>
 * <li>one timed {@code VEVENT} per session ({@code DTSTART;TZID=Asia/Ho_Chi_Minh}) with UID
 * {@code <festivalKey>-<yyyyMMdd>-s<n>@<domain>}, {@code n} counting the sessions from 1 in chronological
 * order.</li>
 * </ul>
 * Each event has {@code SUMMARY} (the festival name, and the session title), {@code DESCRIPTION} (the festival
 * description and the lunar date of the first day), {@code LOCATION} (venue and commune), {@code GEO},
 * {@code CATEGORIES} (the ethnic groups), {@code ORGANIZER} (required by {@code METHOD:PUBLISH}), {@code URL} if a
 * base URL was given, and {@code DTSTAMP} from the injected clock. Events are ordered by start, then festival key,
 * so that the output depends only on the inputs and the clock. Lines are folded at 75 octets.
 * <p>
 * This class is immutable and thread-safe; obtain it through {@link #builder(String, URI, Clock)}.
 */
public final class IcsFeed {

    /** The iCalendar TZID of Lai Châu. */
    public static final String TZID = FestivalSchedule.ZONE.getId();

    private static final LocalizedText DEFAULT_NAME =
            LocalizedText.of("Lễ hội Lai Châu", "Lai Châu festivals", "莱州节庆");
    private static final DateTimeFormatter UID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Comparator<Occurrence> BY_START = Comparator.comparing(Occurrence::start);

    private final String domain;
    private final URI organizer;
    private final Clock clock;
    private final Locale language;
    private final String productId;
    private final String calendarName;
    private final URI baseUrl;
    private final List<Festival> festivals;
    private final Map<String, Venue> venues;

    private IcsFeed(Builder builder) {
        this.domain = builder.domain;
        this.organizer = builder.organizer;
        this.clock = builder.clock;
        this.language = Locale.forLanguageTag(builder.languageTag);
        this.productId = builder.productId != null ? builder.productId
                : "-//Festgate//" + domain + "//" + language.getLanguage().toUpperCase(Locale.ROOT);
        this.calendarName = builder.calendarName != null ? builder.calendarName
                : DEFAULT_NAME.in(language);
        this.baseUrl = builder.baseUrl;
        this.festivals = List.copyOf(builder.festivals);
        this.venues = Map.copyOf(builder.venues);
        for (Festival festival : festivals) {
            if (!venues.containsKey(festival.venueKey())) {
                throw new IllegalArgumentException(
                        "festival '" + festival.key() + "' names unknown venue '" + festival.venueKey() + "'");
            }
        }
    }

    /**
     * Starts a feed.
     *
     * @param domain    the domain of the UIDs, such as {@code festgate.laichau.gov.vn}, not blank
     * @param organizer the organizer of the events, usually a {@code mailto:} URI, not null
     * @param clock     the clock giving {@code DTSTAMP}, not null
     * @return a builder, not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the domain is blank
     */
    public static Builder builder(String domain, URI organizer, Clock clock) {
        return new Builder(domain, organizer, clock);
    }

    /**
     * Writes the feed of the occurrences overlapping one Gregorian year.
     *
     * @param year the Gregorian year
     * @return the iCalendar text, with CRLF line ends, not null
     * @throws java.time.DateTimeException if the year is outside the range of the lunar calendar
     */
    public String render(int year) {
        return render(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Writes the feed of the occurrences overlapping a range of dates.
     *
     * @param fromInclusive the first day, not null
     * @param toInclusive   the last day, not before the first, not null
     * @return the iCalendar text, with CRLF line ends, not null
     * @throws NullPointerException      if a date is null
     * @throws IllegalArgumentException  if the range ends before it starts
     * @throws java.time.DateTimeException if the range is outside the range of the lunar calendar
     */
    public String render(LocalDate fromInclusive, LocalDate toInclusive) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(vietnamTimeZone());
        DtStamp stamp = new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (Dated dated : occurrences(fromInclusive, toInclusive)) {
            addEvents(calendar, dated.festival(), dated.occurrence(), stamp);
        }
        return LineFolder.fold(calendar.toString());
    }

    private record Dated(Festival festival, Occurrence occurrence) {
    }

    private List<Dated> occurrences(LocalDate fromInclusive, LocalDate toInclusive) {
        List<Dated> all = new ArrayList<>();
        for (Festival festival : festivals) {
            for (Occurrence occurrence : festival.schedule().occurrences(fromInclusive, toInclusive)) {
                all.add(new Dated(festival, occurrence));
            }
        }
        all.sort(Comparator.comparing(Dated::occurrence, BY_START)
                .thenComparing(dated -> dated.festival().key()));
        return all;
    }

    private void addEvents(Calendar calendar, Festival festival, Occurrence occurrence, DtStamp stamp) {
        Venue venue = venues.get(festival.venueKey());
        String uid = festival.key() + "-" + occurrence.start().format(UID_DATE);
        String name = festival.name().in(language);
        VEvent day = event(festival, venue, occurrence, stamp, uid, name);
        day.add(new DtStart<>(occurrence.start()));
        day.add(new DtEnd<>(occurrence.endInclusive().plusDays(1)));
        calendar.add(day);
        int n = 0;
        for (TimedSession session : occurrence.sessions()) {
            n++;
            VEvent timed = event(festival, venue, occurrence, stamp, uid + "-s" + n,
                    name + ": " + session.title().in(language));
            timed.add(new DtStart<>(session.start()));
            timed.add(new DtEnd<>(session.end()));
            calendar.add(timed);
        }
    }

    /** Line ends as single LF, which iCal4j escapes; a lone CR would reach the output raw. */
    private static String singleNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private VEvent event(Festival festival, Venue venue, Occurrence occurrence, DtStamp stamp, String uid,
            String summary) {
        VEvent event = new VEvent(false);
        event.add(stamp);
        event.add(new Uid(uid + "@" + domain));
        event.add(new Organizer(organizer));
        event.add(new Summary(singleNewlines(summary)));
        event.add(new Description(singleNewlines(festival.description().in(language)) + "\n"
                + LunarLabel.of(occurrence.lunarStart(), language)));
        event.add(new Location(venue.name().in(language) + ", " + venue.commune().name()));
        event.add(new Geo(BigDecimal.valueOf(venue.location().latitude()),
                BigDecimal.valueOf(venue.location().longitude())));
        if (!festival.ethnicGroups().isEmpty()) {
            Categories categories = new Categories();
            for (EthnicGroup group : festival.ethnicGroups()) {
                categories.addCategory(group.displayName().in(language));
            }
            event.add(categories);
        }
        if (baseUrl != null) {
            event.add(new Url(baseUrl.resolve(festival.key())));
        }
        return event;
    }

    private static VTimeZone vietnamTimeZone() {
        ZoneOffset ict = ZoneOffset.ofHours(7);
        Standard standard = new Standard(new PropertyList(List.of(
                new DtStart<>(LocalDateTime.of(1975, 6, 13, 0, 0)),
                new TzOffsetFrom(ict), new TzOffsetTo(ict), new TzName("+07"))));
        return new VTimeZone(new PropertyList(List.of(new TzId(TZID))), new ComponentList<>(List.of(standard)));
    }

    /**
     * Collects what a feed needs. Festivals and venues may be added in any order; every festival's venue must be
     * among the venues when {@link #build()} is called.
     */
    public static final class Builder {

        private final String domain;
        private final URI organizer;
        private final Clock clock;
        private String languageTag = "vi";
        private String productId;
        private String calendarName;
        private URI baseUrl;
        private final List<Festival> festivals = new ArrayList<>();
        private final Map<String, Venue> venues = new LinkedHashMap<>();

        private Builder(String domain, URI organizer, Clock clock) {
            this.domain = Checks.nonBlank(domain, "domain");
            this.organizer = Objects.requireNonNull(organizer, "organizer is required");
            this.clock = Objects.requireNonNull(clock, "clock is required");
        }

        /**
         * Sets the language of the texts; {@code vi} by default.
         *
         * @param tag a BCP 47 language tag, {@code vi}, {@code en} or {@code zh}; others give Vietnamese, not null
         * @return this builder
         */
        public Builder language(String tag) {
            this.languageTag = Objects.requireNonNull(tag, "tag is required");
            return this;
        }

        /**
         * Sets the {@code PRODID}; by default {@code -//Festgate//<domain>//<LANG>}.
         *
         * @param productId the product identifier, not blank
         * @return this builder
         * @throws IllegalArgumentException if the identifier is blank
         */
        public Builder productId(String productId) {
            this.productId = Checks.nonBlank(productId, "productId");
            return this;
        }

        /**
         * Sets the {@code X-WR-CALNAME}; by default "Lễ hội Lai Châu" in the language of the feed.
         *
         * @param calendarName the calendar name, not blank
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder calendarName(String calendarName) {
            this.calendarName = Checks.nonBlank(calendarName, "calendarName");
            return this;
        }

        /**
         * Sets the base of the {@code URL} of each event, resolved against the festival key: with base
         * {@code https://example.org/festivals/} the festival {@code gau-tao} links to
         * {@code https://example.org/festivals/gau-tao}. Without it, events have no {@code URL}.
         *
         * @param baseUrl the base URL, ending with a slash, not null
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl is required");
            return this;
        }

        /**
         * Adds festivals.
         *
         * @param festivals the festivals, not null
         * @return this builder
         */
        public Builder festivals(Collection<Festival> festivals) {
            for (Festival festival : Objects.requireNonNull(festivals, "festivals is required")) {
                this.festivals.add(Objects.requireNonNull(festival, "festivals must not contain null"));
            }
            return this;
        }

        /**
         * Adds venues, looked up by key; a later venue replaces an earlier one with the same key.
         *
         * @param venues the venues, not null
         * @return this builder
         */
        public Builder venues(Collection<Venue> venues) {
            for (Venue venue : Objects.requireNonNull(venues, "venues is required")) {
                this.venues.put(venue.key(), venue);
            }
            return this;
        }

        /**
         * Builds the feed.
         *
         * @return the feed, not null
         * @throws IllegalArgumentException if a festival names a venue that was not added
         */
        public IcsFeed build() {
            return new IcsFeed(this);
        }
    }
}
