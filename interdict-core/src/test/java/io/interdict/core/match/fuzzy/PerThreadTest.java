package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerThreadTest {

    @Test
    void eachThreadGetsItsOwnValueWhoeverOwnsTheShortcut() throws Exception {
        AtomicInteger made = new AtomicInteger();
        PerThread<int[]> values = PerThread.withInitial(() -> new int[] {made.incrementAndGet()});
        int[] mine = values.get();
        assertThat(values.shortcutOwner()).isSameAs(Thread.currentThread());
        assertThat(values.get()).isSameAs(mine);   // the owner, through the shortcut

        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<Thread, int[]> seen = new ConcurrentHashMap<>();
        List<Thread> started = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    int[] first = values.get();
                    for (int i = 0; i < 10_000; i++) {
                        if (values.get() != first) {
                            throw new AssertionError("a thread was given another value");
                        }
                    }
                    seen.put(Thread.currentThread(), first);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            started.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : started) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        assertThat(seen).hasSize(threads);
        assertThat(seen.values()).doesNotContain(mine);
        assertThat(seen.values().stream().distinct().count()).isEqualTo(threads);
        assertThat(values.get()).isSameAs(mine);
        assertThat(values.shortcutOwner()).isSameAs(Thread.currentThread());   // a live owner keeps it
        assertThat(made.get()).isEqualTo(threads + 1);
    }

    @Test
    void anotherThreadTakesTheShortcutOverOnceItsOwnerHasEnded() throws Exception {
        PerThread<Object> values = PerThread.withInitial(Object::new);
        Object[] owners = new Object[1];
        Thread first = new Thread(() -> owners[0] = values.get());
        first.start();
        first.join();
        assertThat(values.shortcutOwner()).isSameAs(first);
        Object mine = values.get();
        assertThat(mine).isNotSameAs(owners[0]);
        for (int i = 0; i < PerThread.RECHECK; i++) {   // a thread looks at the owner once every RECHECK calls
            assertThat(values.get()).isSameAs(mine);
        }
        assertThat(values.shortcutOwner()).isSameAs(Thread.currentThread());
        assertThat(values.get()).isSameAs(mine);
    }

    @Test
    void setReplacesOnlyTheCallingThreadsValue() throws Exception {
        PerThread<String> values = PerThread.withInitial(() -> "initial");
        assertThat(values.get()).isEqualTo("initial");
        values.set("replaced");
        assertThat(values.get()).isEqualTo("replaced");
        String[] other = new String[2];
        Thread t = new Thread(() -> {
            other[0] = values.get();
            values.set("other's");
            other[1] = values.get();
        });
        t.start();
        t.join();
        assertThat(other).containsExactly("initial", "other's");
        assertThat(values.get()).isEqualTo("replaced");
    }
}
