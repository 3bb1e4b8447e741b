package org.festgate.web.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Something counted of each event's settled scans and kept: the value of the scans recorded before an instant,
 * taking in the scans recorded since at most once a {@link #STEP}. The first count of an event reads all of its
 * scans; callers that come meanwhile wait for that one count. Later, while one caller takes in the newer scans, the
 * others are answered with the value kept before, without waiting; callers count the scans after it themselves.
 * See {@link EntryTally}, which keeps two of these.
 *
 * @param <T> what is kept, never changed once kept
 */
final class SettledScans<T> {

    /** How often at most the kept value of an event takes in the scans that settled since. */
    static final Duration STEP = Duration.ofMinutes(1);

    /** What was counted of an event's scans recorded before {@code until}. */
    record Kept<T>(Instant until, T value) {
    }

    /** Counts an event's scans recorded from one instant to another into what was kept of those before. */
    @FunctionalInterface
    interface TakeIn<T> {
        T apply(long eventId, T kept, Instant from, Instant to);
    }

    /** One event's kept value (null until first counted) and the lock of whoever takes in newer scans. */
    private static final class Slot<T> {
        private final ReentrantLock taking = new ReentrantLock();
        private volatile Kept<T> kept;
    }

    private final ConcurrentMap<Long, Slot<T>> events = new ConcurrentHashMap<>();
    private final Kept<T> none;
    private final TakeIn<T> takeIn;

    /** Keeps, per event, {@code empty} and then what {@code takeIn} makes of it. */
    SettledScans(T empty, TakeIn<T> takeIn) {
        this.none = new Kept<>(Instant.EPOCH, empty);
        this.takeIn = takeIn;
    }

    /**
     * The event's kept value, having taken in the scans recorded before {@code settled} if a {@link #STEP} has
     * passed since the last time and no other caller is doing it.
     */
    Kept<T> of(long eventId, Instant settled) {
        Slot<T> slot = events.computeIfAbsent(eventId, id -> new Slot<>());
        Kept<T> kept = slot.kept;
        if (kept != null && !isDue(kept, settled)) {
            return kept;
        }
        if (kept == null) {
            slot.taking.lock();
        } else if (!slot.taking.tryLock()) {
            return kept;
        }
        try {
            kept = slot.kept == null ? none : slot.kept;
            if (isDue(kept, settled)) {
                kept = new Kept<>(settled, takeIn.apply(eventId, kept.value(), kept.until(), settled));
                slot.kept = kept;
            }
            return kept;
        } finally {
            slot.taking.unlock();
        }
    }

    private static boolean isDue(Kept<?> kept, Instant settled) {
        return kept.until().plus(STEP).isBefore(settled);
    }
}
