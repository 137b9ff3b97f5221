package io.interdict.streams.snapshot;

import io.interdict.core.screen.Screener;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The screener an instance screens with, swapped atomically when a whole new snapshot has arrived:
 * a record is screened entirely with the old or entirely with the new one, never a mix, and its
 * decision names which ({@code snapshot} field).
 */
public final class ActiveScreener {
    /** One loaded snapshot: its screener, where it came from ({@code topic} or {@code local}) and when it was loaded. */
    public record Loaded(Screener screener, String origin, Instant loadedAt) {
        public Loaded {
            Objects.requireNonNull(screener, "screener");
        }

        public String snapshotId() {
            return screener.snapshot().hash();
        }
    }

    private final AtomicReference<Loaded> current;

    public ActiveScreener(Loaded initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public Loaded get() {
        return current.get();
    }

    public Screener screener() {
        return current.get().screener();
    }

    public void set(Loaded next) {
        current.set(Objects.requireNonNull(next, "next"));
    }
}
