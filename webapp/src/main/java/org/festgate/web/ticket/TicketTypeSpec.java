package org.festgate.web.ticket;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.ticket.EntryPolicy;

/**
 * The values of a ticket type as an organizer sets them, already parsed. Validity and entrances may be left
 * null: they then default to the occurrence's days (in Asia/Ho_Chi_Minh) and to every entrance of the venue.
 *
 * @param name names in vi/en/zh, not null
 * @param priceVnd price in VND, 0 for a free ticket
 * @param capacity how many tickets may exist at once
 * @param salesFrom first instant of sales, or null for "now"
 * @param salesUntil end of sales (exclusive), or null for "until the event ends"
 * @param limitPerOrder most tickets in one claim
 * @param policy how often a ticket admits, not null
 * @param validFrom first valid instant, a whole minute, or null for the default
 * @param validUntil end of validity, a whole minute, or null for the default
 * @param entrances entrance keys of the venue, or null for all of them
 * @param dailyFrom start of the daily entry window, or null for none
 * @param dailyUntil end of the daily entry window, or null for none
 */
public record TicketTypeSpec(LocalizedText name, long priceVnd, int capacity, Instant salesFrom, Instant salesUntil,
                             int limitPerOrder, EntryPolicy policy, Instant validFrom, Instant validUntil,
                             List<String> entrances, LocalTime dailyFrom, LocalTime dailyUntil) {

    public TicketTypeSpec {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(policy, "policy is required");
    }

    /** This spec with the validity and entrances filled in. */
    TicketTypeSpec withDefaults(Instant defaultFrom, Instant defaultUntil, List<String> allEntrances) {
        return new TicketTypeSpec(name, priceVnd, capacity, salesFrom, salesUntil, limitPerOrder, policy,
                validFrom == null ? defaultFrom : validFrom, validUntil == null ? defaultUntil : validUntil,
                entrances == null || entrances.isEmpty() ? allEntrances : entrances, dailyFrom, dailyUntil);
    }
}
