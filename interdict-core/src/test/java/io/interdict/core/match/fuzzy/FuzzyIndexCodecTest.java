package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.IndexCodec;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.Matchers;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.match.UnionMatcher;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SnapshotCodec;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.tx.Party;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A matcher read from its compiled section answers exactly as the one built in memory. */
class FuzzyIndexCodecTest {
    static final List<String> QUERIES = List.of("CamScaner", "支付宝", "Tik Tok", "Mahaan Air", "ALIPAY", "Al Qaida",
            "Osama bin Laden", "mahan", "Base", "Trading Company Mahan", "Camerun shipping", "unknown words here", "A");

    static Snapshot snapshot() {
        List<Entity> entities = new ArrayList<>(FuzzyMatcherTest.ENTITIES);
        entities.add(new Entity("other:1", EntityKind.VESSEL, List.of(Name.primary("SEA STAR"), Name.alias("Sea-Star / Star of the Sea")),
                List.of(Identifier.parse("imo:9187629")), List.of(), null, false, null));
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("t", "t", null, null, "sha256:1"), entities, List.of(), List.of())));
    }

    /** The matcher as a compiled snapshot would give it: written, then read over the snapshot read back. */
    static PartyMatcher roundTrip(MatcherFactory factory, Snapshot s, PartyMatcher built) {
        IndexCodec codec = factory.codec().orElseThrow();
        Encoder out = new Encoder();
        codec.write(built, s, out);
        Snapshot back = SnapshotCodec.read(ByteBuffer.wrap(SnapshotCodec.write(s)));
        return codec.read(new Decoder(ByteBuffer.wrap(out.toByteArray())), back, MatchSettings.DEFAULTS);
    }

    @Test
    void theDefaultAlgorithmReadsBackWithTheSameMatchesScoresAndExplanations() {
        Snapshot s = snapshot();
        MatcherFactory factory = Matchers.byName(Matchers.defaultAlgorithm());
        PartyMatcher built = factory.build(s.entities(), MatchSettings.DEFAULTS);
        PartyMatcher read = roundTrip(factory, s, built);
        assertThat(read.algorithm()).isEqualTo(built.algorithm());
        for (String q : QUERIES) {
            Party p = new Party("counterparty", q, null, List.of(Identifier.parse("imo:9187629")));
            assertThat(describe(read.match(p))).as(q).isEqualTo(describe(built.match(p)));
        }
        FuzzyMatcher a = (FuzzyMatcher) ((UnionMatcher) built).fuzzy();
        FuzzyMatcher b = (FuzzyMatcher) ((UnionMatcher) read).fuzzy();
        assertThat(b.indexedNames()).isEqualTo(a.indexedNames());
        assertThat(b.nameGroups()).isEqualTo(a.nameGroups());
        for (String q : QUERIES) {
            for (String source : new String[] {null, "ofac-sdn", "un-sc"}) {
                assertThat(hits(b.search(q, source, 10))).as(q + " in " + source).isEqualTo(hits(a.search(q, source, 10)));
            }
            assertThat(b.frequencies(q)).isEqualTo(a.frequencies(q));
        }
    }

    @Test
    void exactV1ReadsBackToo() {
        Snapshot s = snapshot();
        MatcherFactory factory = Matchers.byName("exact-v1");
        PartyMatcher built = factory.build(s.entities(), MatchSettings.DEFAULTS);
        PartyMatcher read = roundTrip(factory, s, built);
        for (String q : List.of("MAHAN AIR", "mahan  air", "Alipay", "SEA STAR", "nothing")) {
            Party p = new Party("counterparty", q, null, List.of(Identifier.parse("android:com.eg.android.alipaygphone")));
            assertThat(describe(read.match(p))).as(q).isEqualTo(describe(built.match(p)));
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsRefused() {
        Snapshot s = snapshot();
        MatcherFactory factory = FuzzyMatcher.factory();
        Encoder out = new Encoder();
        out.writeString(FuzzyIndexCodec.SECTION + " of another build");
        assertThatThrownBy(() -> factory.codec().orElseThrow().read(new Decoder(ByteBuffer.wrap(out.toByteArray())), s,
                MatchSettings.DEFAULTS)).isInstanceOf(Decoder.CorruptDataException.class);
    }

    private static List<String> describe(List<EntityMatch> ms) {
        return ms.stream().map(m -> m.entityId() + " " + m.matchedOn() + " " + m.candidate() + " " + m.strength() + " "
                + m.score() + " " + m.features()).toList();
    }

    private static List<String> hits(List<SearchHit> hs) {
        return hs.stream().map(h -> h.entityId() + " " + h.name() + " " + h.strength() + " " + h.score() + " " + h.match()
                + " " + h.explanation().features() + " " + h.explanation().pairs()).toList();
    }
}
