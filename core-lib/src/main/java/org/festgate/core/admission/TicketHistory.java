package org.festgate.core.admission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The admitted scans of one ticket in time order, which is all an entry policy looks at: refused scans and scans of
 * other tickets are dropped.
 */
final class TicketHistory {

    private final List<ScanRecord> admitted;

    private TicketHistory(List<ScanRecord> admitted) {
        this.admitted = admitted;
    }

    static TicketHistory of(long ticketId, List<ScanRecord> scans) {
        return new TicketHistory(scans.stream()
                .filter(scan -> scan.ticketId() == ticketId && scan.isAdmitted())
                .sorted(Comparator.comparing(ScanRecord::at))
                .toList());
    }

    /** The visitor is inside when the last admitted scan is an entry. */
    Optional<ScanRecord> lastEntryIfInside() {
        return admitted.isEmpty() || admitted.get(admitted.size() - 1).direction() == Direction.OUT
                ? Optional.empty() : Optional.of(admitted.get(admitted.size() - 1));
    }

    Optional<ScanRecord> firstEntry() {
        return admitted.stream().filter(scan -> scan.direction() == Direction.IN).findFirst();
    }

    Optional<ScanRecord> firstEntryOn(LocalDate day, ZoneId zone) {
        return admitted.stream()
                .filter(scan -> scan.direction() == Direction.IN && scan.at().atZone(zone).toLocalDate().equals(day))
                .findFirst();
    }
}
