package io.interdict.server.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where CPU-bound requests run: at most about one per worker at a time, the rest waiting in one
 * first-come first-served queue of bounded length.
 *
 * <p>Run on Jetty's own threads, a few connections are served again and again while others wait (the
 * selector hands ready connections to whichever thread is free, in no fair order): at 64 concurrent
 * clients on two cores the median was under 1 ms and the 99th percentile 30-200 ms. Queued in arrival order,
 * every request waits about as long as any other. A request that finds fewer requests in than workers
 * runs at once on the thread that read it: no hand-off while the server is not busy, and nobody is
 * waiting to be overtaken.
 */
public final class Workers implements AutoCloseable {
    /** A request's work. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private final int threads;
    private final int maxQueued;
    private final boolean inlineWhenIdle;
    private final ThreadPoolExecutor pool;
    /** Requests running or waiting. */
    private final AtomicInteger busy = new AtomicInteger();

    public Workers(int threads, int maxQueued) {
        this(threads, maxQueued, true);
    }

    /**
     * @param threads        workers, 0 = one per core
     * @param inlineWhenIdle run a request on the calling thread when fewer requests than workers are in
     */
    public Workers(int threads, int maxQueued, boolean inlineWhenIdle) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.maxQueued = maxQueued;
        this.inlineWhenIdle = inlineWhenIdle;
        AtomicInteger seq = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(maxQueued), r -> {
                    Thread t = new Thread(r, "interdict-worker-" + seq.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    public int threads() {
        return threads;
    }

    public int maxQueued() {
        return maxQueued;
    }

    /** Requests running or waiting now. */
    public int busy() {
        return busy.get();
    }

    /**
     * Runs the work now on this thread (returns null once it is done), or queues it for a worker (returns
     * its completion).
     *
     * @throws RejectedExecutionException when {@link #maxQueued()} requests already wait
     * @throws Exception                  what inline work throws
     */
    public CompletableFuture<Void> run(Work work) throws Exception {
        int b = busy.get();
        if (inlineWhenIdle && b < threads && busy.compareAndSet(b, b + 1)) {
            try {
                work.run();
            } finally {
                busy.decrementAndGet();
            }
            return null;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        busy.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    work.run();
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                } finally {
                    busy.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            busy.decrementAndGet();
            throw e;
        }
        return done;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
