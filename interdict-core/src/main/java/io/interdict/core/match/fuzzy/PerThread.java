package io.interdict.core.match.fuzzy;

import java.util.function.Supplier;

/**
 * A value per thread, as a {@link ThreadLocal} gives it, with a shortcut for the one thread that asks most: the
 * matcher's memos and scratch arrays are asked for once per word pair, and under the client compiler (which a batch
 * runs alone) every {@link ThreadLocal#get} ends in a native call ({@code Reference.refersTo}) that the optimising
 * compiler would have made an intrinsic. The first thread to ask owns the shortcut, a field compared with the current
 * thread; any other thread takes the {@link ThreadLocal}, and takes the shortcut over once its owner has ended (a
 * warm-up thread that asked first), which it asks ({@code Thread.isAlive}, itself a native call) only every
 * {@link #RECHECK} of its own calls, counted in its own {@link Owned}: the threads of a server never write a field
 * they share.
 *
 * <p>The shortcut is a plain field read and written without synchronisation: an {@link Owned}'s owner and value are
 * final fields, so a thread that sees one sees them as constructed, and it uses the value only when it is the owner,
 * that is, when it made the value itself.
 */
final class PerThread<T> {
    /** Calls a thread makes without the shortcut between two looks at whether the shortcut's owner has ended. */
    static final int RECHECK = 1024;

    private static final class Owned<T> {
        final Thread owner;
        final T value;
        /** Calls this thread made without the shortcut (read and written by the owner alone). */
        int misses;

        Owned(Thread owner, T value) {
            this.owner = owner;
            this.value = value;
        }
    }

    private final ThreadLocal<Owned<T>> local;
    private Owned<T> shortcut;

    private PerThread(Supplier<? extends T> initial) {
        this.local = ThreadLocal.withInitial(() -> new Owned<>(Thread.currentThread(), initial.get()));
    }

    /** A value per thread, made by {@code initial} on a thread's first {@link #get}. */
    static <T> PerThread<T> withInitial(Supplier<? extends T> initial) {
        return new PerThread<>(initial);
    }

    /** This thread's value. */
    T get() {
        Owned<T> s = shortcut;
        Thread current = Thread.currentThread();
        if (s != null && s.owner == current) {
            return s.value;
        }
        Owned<T> mine = local.get();
        if (s == null || ++mine.misses % RECHECK == 0 && !s.owner.isAlive()) {
            shortcut = mine;
        }
        return mine.value;
    }

    /** The thread that owns the shortcut, or null (tests). */
    Thread shortcutOwner() {
        Owned<T> s = shortcut;
        return s == null ? null : s.owner;
    }

    /** Replaces this thread's value. */
    void set(T value) {
        Owned<T> mine = new Owned<>(Thread.currentThread(), value);
        local.set(mine);
        Owned<T> s = shortcut;
        if (s == null || s.owner == mine.owner) {
            shortcut = mine;
        }
    }
}
