package org.festgate.core.ticket;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The ids of cancelled tickets, which a {@link TicketVerifier} refuses although their signature is good.
 * <p>
 * The ids are kept as a sorted array of longs, so that a scanner holds a list of many thousands in little memory
 * and looks an id up by binary search. This class is immutable and thread-safe.
 */
public final class RevocationList {

    private static final RevocationList EMPTY = new RevocationList(new long[0]);

    private final long[] ids;

    private RevocationList(long[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
    }

    /**
     * Obtains the list that revokes nothing.
     *
     * @return the empty list, not null
     */
    public static RevocationList empty() {
        return EMPTY;
    }

    /**
     * Obtains a list of revoked ticket ids. Repeated ids count once.
     *
     * @param ticketIds the revoked ticket ids, each from 1 to {@link TicketClaims#MAX_TICKET_ID}, not null
     * @return the list, not null
     * @throws NullPointerException     if the collection or an id is null
     * @throws IllegalArgumentException if an id is out of range
     */
    public static RevocationList of(Collection<Long> ticketIds) {
        long[] ids = ticketIds.stream().mapToLong(id -> checkId(Objects.requireNonNull(id, "ticket id is required")))
                .sorted().distinct().toArray();
        return ids.length == 0 ? EMPTY : new RevocationList(ids);
    }

    /**
     * Returns a copy of this list that also revokes a ticket.
     *
     * @param ticketId the ticket id to revoke, from 1 to {@link TicketClaims#MAX_TICKET_ID}
     * @return a list with the ticket revoked; this list if it already was
     * @throws IllegalArgumentException if the id is out of range
     */
    public RevocationList with(long ticketId) {
        int index = Arrays.binarySearch(ids, checkId(ticketId));
        if (index >= 0) {
            return this;
        }
        int insertAt = -index - 1;
        long[] copy = new long[ids.length + 1];
        System.arraycopy(ids, 0, copy, 0, insertAt);
        copy[insertAt] = ticketId;
        System.arraycopy(ids, insertAt, copy, insertAt + 1, ids.length - insertAt);
        return new RevocationList(copy);
    }

    /**
     * Tells whether a ticket is revoked.
     *
     * @param ticketId the ticket id, any value
     * @return true if the ticket is revoked
     */
    public boolean contains(long ticketId) {
        return Arrays.binarySearch(ids, ticketId) >= 0;
    }

    /**
     * Gets the number of revoked tickets.
     *
     * @return the number of distinct revoked ids, zero or more
     */
    public int size() {
        return ids.length;
    }

    private static long checkId(long ticketId) {
        if (ticketId < 1 || ticketId > TicketClaims.MAX_TICKET_ID) {
            throw new IllegalArgumentException(
                    "ticket id must be from 1 to " + TicketClaims.MAX_TICKET_ID + ": " + ticketId);
        }
        return ticketId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RevocationList list && Arrays.equals(ids, list.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    /**
     * Describes the list by its size, not its ids.
     *
     * @return the text, such as {@code RevocationList[3 revoked]}, not null
     */
    @Override
    public String toString() {
        return "RevocationList[" + ids.length + " revoked]";
    }
}
