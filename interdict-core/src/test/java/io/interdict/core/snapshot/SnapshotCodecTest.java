package io.interdict.core.snapshot;

import static io.interdict.core.testkit.Kit.clause;
import static io.interdict.core.testkit.Kit.d;
import static io.interdict.core.testkit.Kit.event;
import static io.interdict.core.testkit.Kit.measure;
import static io.interdict.core.testkit.Kit.obligation;
import static io.interdict.core.testkit.Kit.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.codec.Decoder;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
    static Snapshot sample() {
        Entity app = new Entity("test:app/alipay", EntityKind.APP,
                List.of(Name.primary("Alipay"), new Name("支付宝", null, NameStrength.ALIAS, "zh"), Name.weak("AP")),
                List.of(Identifier.parse("android:com.eg.android.AlipayGphone"), Identifier.parse("imo:91 876-29")),
                List.of("CN"), Map.of("programs", List.of("EO13971", "X"), "dob", List.of()), true, "raw,row,\"quoted\"");
        Entity org = new Entity("test:org/ant", EntityKind.ORGANIZATION, List.of(Name.primary("Ant Group Co., Ltd.")),
                null, null, null, false, null);
        Relation r = new Relation("test:app/alipay", "test:org/ant", RelationKind.DEVELOPED_BY, 0.5, d("2020-01-01"), null,
                true, List.of("a source"), "a note");
        return snapshot(List.of(app, org), List.of(r), List.of(measure("m-1", "US",
                List.of(event(EventType.SIGNED, "2021-01-05"), event(EventType.EFFECTIVE, "2021-01-05", "2021-02-19", "a")),
                List.of(clause("a", List.of("test:org/ant"), Set.of(Reach.DIRECT, Reach.DEVELOPERS_AND_CONTROLLERS), Set.of(TxKind.PAYMENT))),
                List.of(obligation("o", List.of("test:org/ant"), Set.of(TxKind.EQUIPMENT_OPERATION),
                        new Conditions(Set.of("5g"), Set.of("core")), "2027-12-31")))));
    }

    @Test
    void everythingReadsBackEqual() {
        Snapshot s = sample();
        Snapshot back = SnapshotCodec.read(ByteBuffer.wrap(SnapshotCodec.write(s)));
        assertThat(back.hash()).isEqualTo(s.hash());
        assertThat(back.sources()).isEqualTo(s.sources());
        assertThat(back.relations()).isEqualTo(s.relations());
        assertThat(new ArrayList<>(back.measures())).isEqualTo(new ArrayList<>(s.measures()));
        assertThat(new ArrayList<>(back.entities())).isEqualTo(new ArrayList<>(s.entities()));
        assertThat(back.entity("test:org/ant")).isEqualTo(s.entity("test:org/ant"));
        assertThat(back.entity("test:org/none")).isEmpty();
    }

    @Test
    void entitiesAcrossManyCompressedBlocksReadBackInOrderAndById() {
        List<Entity> many = new ArrayList<>();
        for (int i = 0; i < 3 * SnapshotCodec.BLOCK + 5; i++) {
            many.add(new Entity("test:" + i, EntityKind.PERSON, List.of(Name.primary("Person number " + i)), null, List.of("GB"),
                    Map.of("note", List.of("x".repeat(i))), false, i % 3 == 0 ? null : "raw record " + i));
        }
        Snapshot s = snapshot(many, List.of(), List.of());
        Snapshot back = SnapshotCodec.read(ByteBuffer.wrap(SnapshotCodec.write(s)));
        for (int i : new int[] {200, 0, 63, 64, 128, 196, 5}) {   // random access, then in order
            assertThat(back.entity("test:" + i)).isEqualTo(s.entity("test:" + i));
        }
        assertThat(new ArrayList<>(back.entities())).isEqualTo(many);
        assertThat(new ArrayList<>(back.entityIds())).isEqualTo(many.stream().map(Entity::id).toList());
    }

    private static List<Entity> people(int n) {
        List<Entity> many = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            many.add(new Entity("test:" + i, EntityKind.PERSON, List.of(Name.primary("Person number " + i)), null, List.of("GB"),
                    Map.of("note", List.of("y".repeat(i % 50))), i % 7 == 0, i % 3 == 0 ? null : "raw record " + i));
        }
        return many;
    }

    @Test
    void entitiesReadInAnyOrderEqualTheWrittenOnesEachDecodedOnce() {
        // A block stays inflated until its last entity is decoded: random order, a block's entities far apart.
        List<Entity> many = people(5 * SnapshotCodec.BLOCK + 7);
        byte[] bytes = SnapshotCodec.write(snapshot(many, List.of(), List.of()));
        java.util.Random random = new java.util.Random(12);
        for (int round = 0; round < 4; round++) {
            Snapshot back = SnapshotCodec.read(ByteBuffer.wrap(bytes));
            List<Entity> order = new ArrayList<>(many);
            java.util.Collections.shuffle(order, random);
            List<Entity> first = new ArrayList<>();
            for (Entity e : order.subList(0, order.size() / 2)) {
                first.add(back.entity(e.id()).orElseThrow());
            }
            assertThat(first).isEqualTo(order.subList(0, order.size() / 2));
            // Iteration meets blocks partly decoded, then lookups meet blocks already dropped.
            assertThat(new ArrayList<>(back.entities())).isEqualTo(many);
            for (Entity e : order) {
                assertThat(back.entity(e.id()).orElseThrow()).isEqualTo(e).isSameAs(back.entity(e.id()).orElseThrow());
            }
            for (Entity e : first) {
                assertThat(back.entity(e.id()).orElseThrow()).isSameAs(e);
            }
        }
    }

    @Test
    void entitiesReadFromSeveralThreadsAtOnceAreTheSameObjects() throws Exception {
        List<Entity> many = people(4 * SnapshotCodec.BLOCK + 3);
        Snapshot back = SnapshotCodec.read(ByteBuffer.wrap(SnapshotCodec.write(snapshot(many, List.of(), List.of()))));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Map<String, Entity>>> reads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Entity> order = new ArrayList<>(many);
                java.util.Collections.shuffle(order, new java.util.Random(t));
                reads.add(pool.submit(() -> {
                    Map<String, Entity> seen = new java.util.HashMap<>();
                    for (Entity e : order) {
                        seen.put(e.id(), back.entity(e.id()).orElseThrow());
                    }
                    return seen;
                }));
            }
            for (java.util.concurrent.Future<Map<String, Entity>> r : reads) {
                Map<String, Entity> seen = r.get();
                for (Entity e : many) {
                    assertThat(seen.get(e.id())).isEqualTo(e).isSameAs(back.entity(e.id()).orElseThrow());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theEntityCodecKnowsEveryComponentOfEntityNameAndIdentifier() {
        // SnapshotCodec writes these records field by field: a new component must be added there too.
        assertThat(names(Entity.class)).containsExactly("id", "kind", "names", "identifiers", "countries", "attributes",
                "unconfirmed", "raw");
        assertThat(names(Name.class)).containsExactly("value", "script", "strength", "lang");
        assertThat(names(Identifier.class)).containsExactly("scheme", "value");
    }

    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @Test
    void aSectionOfOtherRecordsOrCutShortIsRefusedNotMisread() {
        byte[] bytes = SnapshotCodec.write(sample());
        assertThatThrownBy(() -> SnapshotCodec.read(ByteBuffer.wrap(Arrays.copyOf(bytes, bytes.length / 2))))
                .isInstanceOf(Decoder.CorruptDataException.class);
        byte[] other = bytes.clone();
        other[3] ^= 0x20;   // inside the schema description
        assertThatThrownBy(() -> SnapshotCodec.read(ByteBuffer.wrap(other)))
                .isInstanceOf(Decoder.CorruptDataException.class).hasMessageContaining("other domain records");
    }
}
