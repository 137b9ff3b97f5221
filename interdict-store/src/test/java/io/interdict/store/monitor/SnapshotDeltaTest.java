package io.interdict.store.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.store.testkit.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDeltaTest {
    static Snapshot v1() {
        return Fixtures.list("sha256:a", List.of(Fixtures.entity("t:1", "One"), Fixtures.entity("t:2", "Two"),
                Fixtures.entity("t:3", "Three")));
    }

    @Test
    void aListEntryAddedRemovedOrChangedIsAnEntityDeltaNotAMeasureChange() {
        Snapshot v2 = Fixtures.list("sha256:b", List.of(Fixtures.entity("t:1", "One", "Uno"), Fixtures.entity("t:2", "Two"),
                Fixtures.entity("t:4", "Four")));
        SnapshotDelta d = SnapshotDelta.between(v1(), v2);
        assertThat(d.measuresChanged()).isEmpty();
        assertThat(d.relationsChanged()).isFalse();
        assertThat(d.added()).extracting(e -> e.id()).containsExactly("t:4");
        assertThat(d.removed()).containsExactly("t:3");
        assertThat(d.changed()).extracting(e -> e.id()).containsExactly("t:1");
        assertThat(d.targetsAdded()).containsExactly("t:4");
        assertThat(d.targetsRemoved()).containsExactly("t:3");
    }

    @Test
    void anythingElseInAMeasureIsAMeasureChange() {
        Snapshot pendingLater = Fixtures.pending("X", "2026-01-05", "2026-03-01");
        Snapshot pendingSooner = Fixtures.pending("X", "2026-01-05", "2026-02-01");
        assertThat(SnapshotDelta.between(pendingLater, pendingSooner).measuresChanged()).containsExactly("test-order");
        assertThat(SnapshotDelta.between(v1(), v1()).isEmpty()).isTrue();
    }
}
