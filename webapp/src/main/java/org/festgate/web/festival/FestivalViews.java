package org.festgate.web.festival;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.festgate.core.calendar.LunarDate;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.schedule.Occurrence;
import org.festgate.core.schedule.Session;
import org.festgate.core.schedule.TimedSession;
import org.festgate.core.text.LocalizedText;

/** What the API shows of festivals, venues and dates: plain records that JSON-B writes as they are. */
public final class FestivalViews {

    private FestivalViews() {
    }

    /** A text in the three languages. */
    public record Text(String vi, String en, String zh) {
        public static Text of(LocalizedText text) {
            return new Text(text.vi(), text.en(), text.zh());
        }

        /** The text in a language: vi, en or zh; any other gives Vietnamese. */
        public String in(String language) {
            return LocalizedText.of(vi, en, zh).in(language);
        }
    }

    /** An ethnic group: its stable code and its name. */
    public record Group(String code, Text name) {
        static Group of(EthnicGroup group) {
            return new Group(group.code(), Text.of(group.displayName()));
        }
    }

    /** An entrance of a venue. */
    public record EntranceView(String key, Text name) {
    }

    /** A venue with its place and entrances. */
    public record VenueView(String key, Text name, String commune, String formerDistrict, double latitude,
                            double longitude, List<EntranceView> entrances, String source, boolean sample) {
        public static VenueView of(Venue venue) {
            return new VenueView(venue.key(), Text.of(venue.name()), venue.commune().name(),
                    venue.commune().formerDistrictLabel().orElse(null), venue.location().latitude(),
                    venue.location().longitude(),
                    venue.entrances().stream().map(e -> new EntranceView(e.key(), Text.of(e.name()))).toList(),
                    venue.provenance().source(), venue.provenance().sample());
        }
    }

    /** A lunar date with the names Vietnamese users expect. */
    public record Lunar(String text, int year, int month, int day, boolean leapMonth, String yearName,
                        String dayName) {
        public static Lunar of(LunarDate date) {
            return new Lunar(date.toString(), date.year(), date.month(), date.day(), date.isLeapMonth(),
                    date.yearName(), date.dayName());
        }
    }

    /** A session at its local times in Asia/Ho_Chi_Minh (offset +07:00). */
    public record SessionTime(Text title, OffsetDateTime start, OffsetDateTime end) {
        static SessionTime of(TimedSession session) {
            return new SessionTime(Text.of(session.title()), session.start().toOffsetDateTime(),
                    session.end().toOffsetDateTime());
        }
    }

    /** One occurrence: its days, in solar and lunar form, and its sessions. */
    public record OccurrenceView(LocalDate start, LocalDate end, Lunar lunarStart, List<SessionTime> sessions) {
        static OccurrenceView of(Occurrence occurrence) {
            return new OccurrenceView(occurrence.start(), occurrence.endInclusive(), Lunar.of(occurrence.lunarStart()),
                    occurrence.sessions().stream().map(SessionTime::of).toList());
        }
    }

    /** A session as scheduled: day of the festival and local times. */
    public record SessionRule(int day, LocalTime start, LocalTime end, Text title) {
        static SessionRule of(Session session) {
            return new SessionRule(session.dayOffset(), session.start(), session.end(), Text.of(session.title()));
        }
    }

    /** A festival, its rule, its venue and its occurrences in the period asked for. */
    public record FestivalView(String key, Text name, Text description, List<Group> ethnicGroups, VenueView venue,
                               String rule, int durationDays, List<SessionRule> sessions,
                               List<OccurrenceView> occurrences, String source, boolean sample) {
        public static FestivalView of(ScheduledFestival scheduled) {
            Festival festival = scheduled.festival();
            return new FestivalView(festival.key(), Text.of(festival.name()), Text.of(festival.description()),
                    festival.ethnicGroups().stream().map(Group::of).toList(), VenueView.of(scheduled.venue()),
                    festival.schedule().rule().toString(), festival.schedule().durationDays(),
                    festival.schedule().sessions().stream().map(SessionRule::of).toList(),
                    scheduled.occurrences().stream().map(OccurrenceView::of).toList(),
                    festival.provenance().source(), festival.provenance().sample());
        }
    }
}
