package org.festgate.web.scan;

import java.time.Duration;
import java.time.Instant;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Where a device's offline package left off in the scans of its event, as the {@code since} and {@code version}
 * text of the package API.
 * <p>
 * Scans are ordered by the time the server recorded them, not by id: ids come from a sequence handed out in blocks
 * per instance and a scan may commit after a later-numbered one, so "after the last id seen" would lose scans for
 * good. A sync cursor ({@code "<epoch millis>"}) asks for the scans recorded after that time less {@link #OVERLAP},
 * which covers scans that committed late or were recorded by an instance whose clock runs a little behind; the
 * device keeps scans by nonce, so a scan it gets twice counts once. A continuation ({@code "<epoch millis>.<id>"})
 * goes on exactly after the last scan of a full page, without overlap, so that a busy event is paged through
 * without fetching the same page again.
 *
 * @param recordedAt the time of the last scan the device has
 * @param afterId the id of that scan for a continuation, or null for a sync cursor
 */
record SyncCursor(Instant recordedAt, Long afterId) {

    /** How far back a sync cursor looks again. */
    static final Duration OVERLAP = Duration.ofSeconds(60);

    /** The cursor of a device that has nothing yet. */
    static final SyncCursor START = new SyncCursor(Instant.EPOCH, null);

    /**
     * Reads a cursor: absent, {@code 0}, epoch millis, or epoch millis and scan id separated by a dot.
     *
     * @throws ProblemException 400 naming {@code since} for anything else
     */
    static SyncCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            int dot = text.indexOf('.');
            long millis = Long.parseLong(dot < 0 ? text : text.substring(0, dot));
            Long id = dot < 0 ? null : Long.valueOf(text.substring(dot + 1));
            if (millis >= 0 && (id == null || id >= 0)) {
                return new SyncCursor(Instant.ofEpochMilli(millis), id);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ProblemException(Problem.invalidField("since", "must be the version of an earlier package, or 0"));
    }

    /** The earliest recording time a sync cursor asks for again. */
    Instant lookBackFrom() {
        Instant from = recordedAt.minus(OVERLAP);
        return from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from;
    }

    boolean isContinuation() {
        return afterId != null;
    }

    @Override
    public String toString() {
        return afterId == null ? Long.toString(recordedAt.toEpochMilli()) : recordedAt.toEpochMilli() + "." + afterId;
    }
}
