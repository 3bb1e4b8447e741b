package org.festgate.web.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SettledScansTest {

    private static final Instant T0 = Instant.parse("2026-11-28T02:00:00Z");

    /** Counts the calls, keeping the ranges it was asked to take in. */
    private final List<String> ranges = new ArrayList<>();

    private final SettledScans<Long> kept = new SettledScans<>(0L, (eventId, value, from, to) -> {
        ranges.add(eventId + ":" + from + ".." + to);
        return value + 1;
    });

    @Test
    void theFirstCallCountsEverythingBeforeTheSettledInstant() {
        SettledScans.Kept<Long> first = kept.of(7, T0);
        assertThat(first).isEqualTo(new SettledScans.Kept<>(T0, 1L));
        assertThat(ranges).containsExactly("7:" + Instant.EPOCH + ".." + T0);
    }

    @Test
    void newerScansAreTakenInAtMostOnceAStepFromWhereTheLastCountEnded() {
        kept.of(7, T0);
        assertThat(kept.of(7, T0.plus(SettledScans.STEP))).isEqualTo(new SettledScans.Kept<>(T0, 1L));
        Instant later = T0.plus(SettledScans.STEP).plusSeconds(1);
        assertThat(kept.of(7, later)).isEqualTo(new SettledScans.Kept<>(later, 2L));
        assertThat(ranges).containsExactly("7:" + Instant.EPOCH + ".." + T0, "7:" + T0 + ".." + later);
    }

    @Test
    void eachEventIsKeptApart() {
        kept.of(7, T0);
        assertThat(kept.of(8, T0).value()).isEqualTo(1L);
        assertThat(ranges).hasSize(2);
    }

    @Test
    void whileOneCallerTakesInNewerScansAnotherIsAnsweredWithWhatWasKept() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SettledScans<Long> slow = new SettledScans<>(0L, (eventId, value, from, to) -> {
            if (value > 0) {
                inside.countDown();
                await(release);
            }
            return value + 1;
        });
        slow.of(7, T0);
        Instant later = T0.plus(SettledScans.STEP).plusSeconds(1);
        CompletableFuture<SettledScans.Kept<Long>> taking = CompletableFuture.supplyAsync(() -> slow.of(7, later));
        inside.await();
        assertThat(slow.of(7, later)).isEqualTo(new SettledScans.Kept<>(T0, 1L));
        release.countDown();
        assertThat(taking.get()).isEqualTo(new SettledScans.Kept<>(later, 2L));
        assertThat(slow.of(7, later)).isEqualTo(new SettledScans.Kept<>(later, 2L));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
