package org.festgate.core.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.festgate.core.calendar.LunarDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the lunar conversions over a spread of dates across the whole supported range
 * (1900-2199). Each invocation converts one date; the dates cycle through a fixed random sample so that
 * the branch predictor and caches cannot learn a single answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LunarConversionBenchmark {

    private static final int SAMPLE = 4096;

    private LocalDate[] solar;
    private LunarDate[] lunar;
    private int next;

    /** Draws the sample of dates, with a fixed seed so that runs are comparable. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20260217L);
        long first = LocalDate.of(1900, 1, 1).toEpochDay();
        long last = LocalDate.of(2199, 12, 31).toEpochDay();
        solar = new LocalDate[SAMPLE];
        lunar = new LunarDate[SAMPLE];
        for (int i = 0; i < SAMPLE; i++) {
            solar[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            lunar[i] = LunarDate.from(solar[i]);
        }
    }

    /** One {@code LunarDate.from(LocalDate)} conversion. */
    @Benchmark
    public LunarDate fromLocalDate() {
        next = (next + 1) & (SAMPLE - 1);
        return LunarDate.from(solar[next]);
    }

    /** One {@code LunarDate.toLocalDate()} conversion. */
    @Benchmark
    public LocalDate toLocalDate() {
        next = (next + 1) & (SAMPLE - 1);
        return lunar[next].toLocalDate();
    }
}
