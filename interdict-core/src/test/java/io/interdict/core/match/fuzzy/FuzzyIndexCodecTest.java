package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.match.AttributeScore;
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
import io.interdict.core.tx.Traits;
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

    /** People with birth dates and nationalities, and names in Hangul and Han (read in other romanisations by v2). */
    static Snapshot peopleSnapshot() {
        List<Entity> entities = new ArrayList<>(snapshot().entities());
        entities.add(new Entity("un-sc:KPi.001", EntityKind.PERSON, List.of(Name.primary("KIM JONG UN"), Name.alias("김정은")),
                List.of(Identifier.parse("passport:736410010")), List.of("KP"),
                java.util.Map.of("birth_date", List.of("1984-01-08"), "nationality", List.of("North Korea"), "gender", List.of("male")),
                false, null));
        entities.add(new Entity("ofac-sdn:77", EntityKind.PERSON, List.of(Name.primary("ZHANG, Lei"), Name.alias("张磊")),
                List.of(), List.of("CN"), java.util.Map.of("birth_date", List.of("1971"), "nationality", List.of("China")), false, null));
        entities.add(new Entity("uk-hmt:5", EntityKind.PERSON, List.of(Name.primary("Yamada Taro"), Name.alias("山田太郎")),
                List.of(), List.of("JP"), java.util.Map.of("birth_date", List.of("1960-05-01")), false, null));
        // A body named by its town, which its own address names (OwnPlaces: the group's name keeps which word is it).
        entities.add(new Entity("us-bis-entity-list:9", EntityKind.ORGANIZATION,
                List.of(Name.primary("Beijing Torvasen Technology Development Co., Ltd.")), List.of(), List.of("CN"),
                java.util.Map.of("address", List.of("5F, Block B, Science Park, Haidian District, Beijing, CN")), false, null));
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("t", "t", null, null, "sha256:2"), entities, List.of(), List.of())));
    }

    /**
     * The build works out its names' forms, facts and summaries in parallel: the index it makes must not depend on which
     * thread finished first, nor on the collection the entities come in. Two builds compile to the same bytes.
     */
    @Test
    void anIndexBuiltTwiceCompilesToTheSameBytesWhateverCollectionHoldsTheEntities() {
        String[] words = {"Ahmad", "Hassan", "Kim", "Jong", "Petrov", "Trading", "Shipping", "Al-Din", "Müller", "Ltd",
            "김정은", "张磊", "Лукашэнка", "محمد", "山田", "(formerly Sea Star)", "Компания", "有限公司"};
        java.util.Random random = new java.util.Random(38);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder name = new StringBuilder();
            for (int w = 0; w < 2 + random.nextInt(3); w++) {
                name.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            EntityKind kind = i % 3 == 0 ? EntityKind.ORGANIZATION : EntityKind.PERSON;
            entities.add(new Entity("t:" + i, kind, List.of(Name.primary(name.toString()), Name.alias(words[i % words.length] + " " + i)),
                    List.of(), List.of(), java.util.Map.of("birth_date", List.of(String.valueOf(1950 + i % 50))), false, null));
        }
        Snapshot s = Snapshot.of(List.of(new SourcePart(new SourceInfo("t", "t", null, null, "sha256:3"), entities, List.of(), List.of())));
        MatcherFactory factory = Matchers.byName(InterdictV2.NAME);
        IndexCodec codec = factory.codec().orElseThrow();
        Encoder first = new Encoder();
        codec.write(factory.build(new ArrayList<>(s.entities()), MatchSettings.DEFAULTS), s, first);
        Encoder again = new Encoder();
        codec.write(factory.build(new java.util.LinkedHashSet<>(s.entities()), MatchSettings.DEFAULTS), s, again);
        assertThat(first.size()).isGreaterThan(100_000);
        assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
    }

    @Test
    void interdictV2ReadsBackWithTheSameMatchesScoresAndExplanationsAttributesIncluded() {
        Snapshot s = peopleSnapshot();
        MatcherFactory factory = Matchers.byName(InterdictV2.NAME);
        assertThat(factory.codec().orElseThrow().section()).startsWith(InterdictV2.NAME + "/")
                .isNotEqualTo(Matchers.byName(InterdictV1.NAME).codec().orElseThrow().section());
        PartyMatcher built = factory.build(s.entities(), MatchSettings.DEFAULTS);
        PartyMatcher read = roundTrip(factory, s, built);
        assertThat(read.algorithm()).isEqualTo(InterdictV2.NAME);
        List<String> queries = new ArrayList<>(QUERIES);
        queries.addAll(List.of("Kim Jong Un", "Gim Jeong-eun", "김정은", "Zhang Lei", "張磊", "Yamada Taro", "山田 太郎", "Kim Jong Eun",
                "Torvasen", "Torvasen Technology"));
        List<Traits> traits = List.of(Traits.NONE, Traits.of("1984-01-08", "KP", null, "male"), Traits.of("1990", "CN", null, "female"),
                Traits.of(null, null, "JP", null));
        for (String q : queries) {
            for (Traits t : traits) {
                Party p = new Party("counterparty", q, null, List.of(Identifier.parse("imo:9187629")), t);
                assertThat(describe(read.match(p))).as(q + " " + t).isEqualTo(describe(built.match(p)));
            }
        }
        FuzzyMatcher a = (FuzzyMatcher) ((UnionMatcher) built).fuzzy();
        FuzzyMatcher b = (FuzzyMatcher) ((UnionMatcher) read).fuzzy();
        assertThat(b.indexedNames()).isEqualTo(a.indexedNames());
        assertThat(b.nameGroups()).isEqualTo(a.nameGroups());
        // Each entity's facts are read as compiled, equal to those derived from the entity itself.
        for (int e = 0; e < s.entities().size(); e++) {
            String id = b.entityId(e);
            assertThat(b.facts(e)).as(id).isEqualTo(AttributeScore.EntityFacts.of(s.entity(id).orElseThrow())).isEqualTo(a.facts(e));
        }
        // The groups' bound summaries are read as compiled, equal to those worked out anew from the names read back.
        for (int g = 0; g < b.nameGroups(); g++) {
            assertThat(b.boundSummary(g)).as("group %d", g).isEqualTo(a.boundSummary(g)).isEqualTo(CoverageBound.summary(b.group(g)));
            assertThat(b.group(g).ownPlaces).as("group %d's own places", g).isEqualTo(a.group(g).ownPlaces);
        }
        assertThat(java.util.stream.IntStream.range(0, b.nameGroups()).filter(g -> b.group(g).ownPlaces != 0).count())
                .as("the town's group, read back").isEqualTo(1);
        for (String q : queries) {
            for (Traits t : traits) {
                for (String source : new String[] {null, "ofac-sdn", "un-sc"}) {
                    assertThat(hits(b.search(q, t, source, 10))).as(q + " " + t + " in " + source)
                            .isEqualTo(hits(a.search(q, t, source, 10)));
                }
            }
        }
        // Attribute features move v2 scores, so the comparison above covered them: a conflicting birth date lowers.
        double agree = b.search("Kim Jong Un", Traits.of("1984-01-08", "KP", null, null), null, 1).get(0).score();
        double conflict = b.search("Kim Jong Un", Traits.of("1950-01-01", "KP", null, null), null, 1).get(0).score();
        assertThat(conflict).isLessThan(agree);
    }

    @Test
    void theWordTableAnswersItsWordsAndKeepsNothingOfTheWordsItLacks() {
        List<String> table = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            table.add("word" + i);
        }
        Encoder out = new Encoder();
        io.interdict.core.codec.Strings.write(table, out);
        io.interdict.core.codec.KeyPostings.Builder byWord = new io.interdict.core.codec.KeyPostings.Builder();
        for (int i = 0; i < table.size(); i++) {
            byWord.add(io.interdict.core.codec.KeyPostings.hash(table.get(i)), i, 10 * i);
        }
        byWord.build().write(out);
        Decoder in = new Decoder(ByteBuffer.wrap(out.toByteArray()));
        io.interdict.core.codec.Strings words = io.interdict.core.codec.Strings.read(in);
        io.interdict.core.codec.KeyPostings postings = io.interdict.core.codec.KeyPostings.read(in);
        FuzzyIndexCodec.WordMap<Integer> map = new FuzzyIndexCodec.WordMap<>(words, postings) {
            @Override
            Integer value(int word, int entry) {
                return word % 2 == 0 ? postings.second(entry) : null;   // odd words: listed, without a value
            }
        };
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 200_000; i++) {
                assertThat(map.get("word" + (3000 + i))).isNull();
                assertThat(map.containsKey("wor" + i)).isFalse();
            }
            for (int i = 0; i < table.size(); i++) {
                assertThat(map.get(table.get(i))).as(table.get(i)).isEqualTo(i % 2 == 0 ? 10 * i : null);
            }
        }
        assertThat(map.kept()).isEqualTo(table.size());
        assertThat(map.get(42)).isNull();
    }

    @Test
    void aSectionOfOneFuzzyAlgorithmIsNotReadAsTheOther() {
        Snapshot s = peopleSnapshot();
        Encoder out = new Encoder();
        FuzzyIndexCodec.INSTANCE.write(FuzzyMatcher.factory().build(s.entities(), MatchSettings.DEFAULTS), s, out);
        assertThatThrownBy(() -> FuzzyIndexCodec.V2.read(new Decoder(ByteBuffer.wrap(out.toByteArray())), s, MatchSettings.DEFAULTS))
                .isInstanceOf(Decoder.CorruptDataException.class);
        assertThatThrownBy(() -> FuzzyIndexCodec.V2.write(FuzzyMatcher.factory().build(s.entities(), MatchSettings.DEFAULTS), s, new Encoder()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedV2SectionDoesNotRead() {
        Snapshot s = peopleSnapshot();
        Encoder out = new Encoder();
        FuzzyIndexCodec.V2.write(FuzzyMatcher.factoryV2().build(s.entities(), MatchSettings.DEFAULTS), s, out);
        byte[] bytes = out.toByteArray();
        for (int cut : new int[] {bytes.length - 1, bytes.length / 2, 40}) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> FuzzyIndexCodec.V2.read(new Decoder(ByteBuffer.wrap(part)), s, MatchSettings.DEFAULTS))
                    .as("cut at " + cut).isInstanceOf(Decoder.CorruptDataException.class);
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
