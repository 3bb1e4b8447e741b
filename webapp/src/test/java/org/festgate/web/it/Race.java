package org.festgate.web.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Concurrent calls for the concurrency tests: all released at once by a start gate, each wait bounded. */
final class Race {

    /** One of the racing calls, told its index. */
    interface Call<T> {
        T run(int index) throws Exception;
    }

    private Race() {
    }

    /** Runs n calls at once behind a start gate, on a fixed pool, waiting at most two minutes for each. */
    static <T> List<T> of(int n, Call<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.run(index);
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
