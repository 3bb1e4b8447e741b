package org.festgate.web.scan;

import java.util.List;

/**
 * A registered scanner: the event and entrances it scans at.
 *
 * @param id the device id
 * @param eventId the event
 * @param entrances the entrance keys, sorted
 * @param label a name the gate keeper chose, or null
 */
public record ScannerDevice(long id, long eventId, List<String> entrances, String label) {

    public ScannerDevice {
        entrances = List.copyOf(entrances);
    }
}
