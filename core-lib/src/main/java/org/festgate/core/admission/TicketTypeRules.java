package org.festgate.core.admission;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.text.Checks;

/**
 * Where and when one ticket type of an event may enter, as a gate holds it in its offline package.
 * <p>
 * An empty set of entrances allows every entrance; an empty list of daily windows allows any time of day. Daily
 * windows are read in {@link #zone()}, Asia/Ho_Chi_Minh unless changed, which is also the zone of the local day of
 * a once-per-day ticket. These rules restrict entry only: a visitor may leave through any entrance at any time.
 *
 * @param ticketTypeId the ticket type the rules are for
 * @param entrances    the keys of the entrances allowed, empty for all, not null
 * @param dailyWindows the times of day entry is allowed, empty for any time, not null
 * @param zone         the zone of the local time of day, not null
 */
public record TicketTypeRules(int ticketTypeId, Set<String> entrances, List<DailyWindow> dailyWindows, ZoneId zone) {

    /** The zone of Lai Châu, the default zone of the rules. */
    public static final ZoneId DEFAULT_ZONE = FestivalSchedule.ZONE;

    /**
     * Creates rules, copying the collections.
     *
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if an entrance is not a key
     */
    public TicketTypeRules {
        entrances = Set.copyOf(entrances);
        entrances.forEach(key -> Checks.key(key, "entrance"));
        dailyWindows = List.copyOf(dailyWindows);
        Objects.requireNonNull(zone, "zone is required");
    }

    /**
     * Obtains the rules of a ticket type that may enter anywhere at any time, in the default zone.
     *
     * @param ticketTypeId the ticket type
     * @return the rules, not null
     */
    public static TicketTypeRules of(int ticketTypeId) {
        return new TicketTypeRules(ticketTypeId, Set.of(), List.of(), DEFAULT_ZONE);
    }

    /**
     * Returns a copy allowing only the given entrances.
     *
     * @param keys the entrance keys, empty for all entrances, not null
     * @return the changed rules, not null
     * @throws NullPointerException     if the set or a key is null
     * @throws IllegalArgumentException if a key is not a key
     */
    public TicketTypeRules withEntrances(Set<String> keys) {
        return new TicketTypeRules(ticketTypeId, keys, dailyWindows, zone);
    }

    /**
     * Returns a copy with one more daily window.
     *
     * @param from  the first time of day entry is allowed, not null
     * @param until the time of day entry ends, exclusive, not equal to {@code from}, not null
     * @return the changed rules, not null
     * @throws NullPointerException     if a time is null
     * @throws IllegalArgumentException if the window is empty
     */
    public TicketTypeRules withDailyWindow(LocalTime from, LocalTime until) {
        List<DailyWindow> windows = new ArrayList<>(dailyWindows);
        windows.add(DailyWindow.of(from, until));
        return new TicketTypeRules(ticketTypeId, entrances, windows, zone);
    }

    /**
     * Returns a copy reading times of day in another zone.
     *
     * @param newZone the zone, not null
     * @return the changed rules, not null
     * @throws NullPointerException if the zone is null
     */
    public TicketTypeRules withZone(ZoneId newZone) {
        return new TicketTypeRules(ticketTypeId, entrances, dailyWindows, newZone);
    }

    /**
     * Tells whether this ticket type may enter through an entrance.
     *
     * @param entranceKey the entrance key, not null
     * @return true if the entrance is allowed
     * @throws NullPointerException if the key is null
     */
    public boolean allowsEntrance(String entranceKey) {
        Objects.requireNonNull(entranceKey, "entranceKey is required");
        return entrances.isEmpty() || entrances.contains(entranceKey);
    }

    /**
     * Tells whether this ticket type may enter at an instant, by the time of day in {@link #zone()}.
     *
     * @param at the instant, not null
     * @return true if there are no windows or the time of day is in one
     * @throws NullPointerException if the instant is null
     */
    public boolean allowsEntryAt(Instant at) {
        LocalTime time = timeOfDay(at);
        return dailyWindows.isEmpty() || dailyWindows.stream().anyMatch(window -> window.contains(time));
    }

    /**
     * Finds the start of the next daily window after an instant: the first start later that day, or else the
     * earliest start, which is the next day's.
     *
     * @param at the instant, not null
     * @return the local time the next window starts, not null
     * @throws NullPointerException  if the instant is null
     * @throws IllegalStateException if there are no daily windows
     */
    public LocalTime nextWindowStart(Instant at) {
        LocalTime time = timeOfDay(at);
        List<LocalTime> starts = dailyWindows.stream().map(DailyWindow::from).sorted().toList();
        if (starts.isEmpty()) {
            throw new IllegalStateException("ticket type " + ticketTypeId + " has no daily windows");
        }
        return starts.stream().filter(time::isBefore).findFirst().orElse(starts.get(0));
    }

    private LocalTime timeOfDay(Instant at) {
        Objects.requireNonNull(at, "at is required");
        return at.atZone(zone).toLocalTime();
    }
}
