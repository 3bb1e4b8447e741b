package org.festgate.web.scan;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of ticket ids, immutable, kept as a sorted array without repeats: 8 bytes a ticket (1 MB for the 120,000
 * tickets of a large festival), where a set of boxed ids would take several times that. {@link EntryTally} keeps one
 * per event, the tickets admitted in among its settled scans, and counts an event's visitors as its size together
 * with the tickets of the newer scans.
 */
final class TicketSet {

    /** No tickets. */
    static final TicketSet EMPTY = new TicketSet(new long[0]);

    /** Ascending, no repeats; never changed. */
    private final long[] ids;

    private TicketSet(long[] ids) {
        this.ids = ids;
    }

    /** The set of these ids, in any order, repeats counted once. */
    static TicketSet of(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        return sorted.length == 0 ? EMPTY : new TicketSet(sorted);
    }

    /** How many tickets the set holds. */
    int size() {
        return ids.length;
    }

    /** Whether the set holds this ticket. */
    boolean contains(long id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** This set and the other together: the two sorted arrays merged in one pass. */
    TicketSet with(TicketSet other) {
        if (other.ids.length == 0) {
            return this;
        }
        if (ids.length == 0) {
            return other;
        }
        long[] union = new long[ids.length + other.ids.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            long next;
            if (j == other.ids.length || i < ids.length && ids[i] <= other.ids[j]) {
                next = ids[i++];
            } else {
                next = other.ids[j++];
            }
            if (n == 0 || union[n - 1] != next) {
                union[n++] = next;
            }
        }
        return new TicketSet(Arrays.copyOf(union, n));
    }

    /** How many tickets this set and the other hold together, without making their union. */
    int sizeWith(TicketSet other) {
        int size = ids.length;
        for (long id : other.ids) {
            if (!contains(id)) {
                size++;
            }
        }
        return size;
    }
}
