package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void runsInlineWhileIdle() throws Exception {
        try (Workers w = new Workers(2, 4)) {
            Thread caller = Thread.currentThread();
            Thread[] ranOn = new Thread[1];
            assertThat(w.run(() -> ranOn[0] = Thread.currentThread())).isNull();
            assertThat(ranOn[0]).isSameAs(caller);
        }
    }

    @Test
    void withoutInlineEveryRequestRunsOnAWorker() throws Exception {
        try (Workers w = new Workers(2, 4, false)) {
            Thread[] ranOn = new Thread[1];
            CompletableFuture<Void> done = w.run(() -> ranOn[0] = Thread.currentThread());
            assertThat(done).isNotNull();
            done.get(10, TimeUnit.SECONDS);
            assertThat(ranOn[0].getName()).startsWith("interdict-worker-");
        }
    }

    @Test
    void queuesInArrivalOrderAndRefusesBeyondTheBound() throws Exception {
        try (Workers w = new Workers(1, 2)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch inlineStarted = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            // A: the one request the single worker slot admits, run inline on its own (Jetty) thread.
            Thread a = new Thread(() -> {
                try {
                    w.run(() -> {
                        inlineStarted.countDown();
                        release.await();
                        order.add("a");
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            a.start();
            assertThat(inlineStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // B runs on the worker thread and holds it; C and D wait in the queue; E finds it full.
            CountDownLatch bStarted = new CountDownLatch(1);
            CompletableFuture<Void> b = w.run(() -> {
                bStarted.countDown();
                release.await();
                order.add("b");
            });
            assertThat(b).isNotNull();
            assertThat(bStarted.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> c = w.run(() -> order.add("c"));
            CompletableFuture<Void> d = w.run(() -> {
                order.add("d");
                throw new IllegalArgumentException("bad input");
            });
            assertThatThrownBy(() -> w.run(() -> order.add("e"))).isInstanceOf(RejectedExecutionException.class);
            release.countDown();
            a.join(10_000);
            c.get(10, TimeUnit.SECONDS);
            assertThat(d).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(IllegalArgumentException.class);
            assertThat(order).containsSubsequence("b", "c", "d").contains("a").doesNotContain("e");
            // Idle again: the next request runs inline.
            assertThat(w.run(() -> order.add("f"))).isNull();
        }
    }
}
