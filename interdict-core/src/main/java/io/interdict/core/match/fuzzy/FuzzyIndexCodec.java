package io.interdict.core.match.fuzzy;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.codec.KeyPostings;
import io.interdict.core.codec.Strings;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.match.AttributeScore;
import io.interdict.core.match.BirthDates;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.IndexCodec;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.names.PreparedName;
import io.interdict.core.names.Schema;
import io.interdict.core.names.Token;
import io.interdict.core.names.TokenKind;
import io.interdict.core.snapshot.Snapshot;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code interdict-v1} or {@code interdict-v2} prepared index in a compiled snapshot, each in a
 * section of its own ({@code interdict-v1/index-1}, {@code interdict-v2/index-3}): the candidate table
 * (whatever keys the algorithm's index holds, as 64-bit hashes) and postings as
 * flat arrays (read in bulk), the prepared name of every group as a record (decoded when it is first a
 * candidate), entity ids and names as string tables, and the word statistics as hashed lookups. Reading
 * it costs a few bulk copies; a query then decodes only the dozen groups it scores.
 */
final class FuzzyIndexCodec implements IndexCodec {
    /** Bump the layout number when the prepared index changes how it is laid out. A change of what it
     *  holds (pipeline, key scheme, scoring) comes with a new build, which compiles again anyway. */
    private static final String LAYOUT = "/index-1";
    /** interdict-v2's layout: v1's (each group's record adding its own places, {@link ScoringName#ownPlaces}: index-3),
     *  then which names are readings, the groups' bound summaries and the entities' facts. */
    private static final String LAYOUT_V2 = "/index-3";
    static final String SECTION = InterdictV1.NAME + LAYOUT;
    static final FuzzyIndexCodec INSTANCE = new FuzzyIndexCodec(InterdictV1.NAME);
    /** interdict-v2: also which names are readings of a Hangul or Han name, each group's {@link CoverageBound} summary and
     *  each entity's attribute facts. */
    static final FuzzyIndexCodec V2 = new FuzzyIndexCodec(InterdictV2.NAME);
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final Schema[] SCHEMAS = Schema.values();
    private static final NameStrength[] STRENGTHS = NameStrength.values();

    /** The arrays of a matcher built in memory. */
    record Parts(String algorithm, IdentifierIndex identifiers, CandidateIndex index, Map<String, Integer> entityFrequency,
                 Map<String, ScoringName.TokenFacts> tokenFacts, Map<String, Integer> sourceIds, String[] entityIds,
                 ScoringName[] scoring, Name[] nameOf, int[] entityOf, int[] sourceOf, int[] groupOf, ScoringName[] groups,
                 int[][] members, long[] groupSources, boolean[][] candidateCommon,
                 java.util.BitSet readings, long[][] boundSummaries) {
    }

    /** One group read back: its prepared name and which of its tokens are common words. */
    record Group(ScoringName name, boolean[] common) {
    }

    /** Where a compiled matcher's elements come from. */
    interface Source {
        Group group(int g);

        int[] members(int g);

        String entityId(int e);

        Name name(int id);

        /** The text name {@code id} was prepared from. */
        String text(int id);

        /** Whether name {@code id} is a reading of a Hangul or Han name (prepared as {@link ScriptReadings#prepare}). */
        boolean reading(int id);

        /** What the lists say about entity {@code e} besides its names (interdict-v2's attribute scores). */
        AttributeScore.EntityFacts facts(int e);

        /** interdict-v2: group g's {@link CoverageBound#summary}, as compiled; null in interdict-v1. */
        long[] boundSummary(int g);
    }

    private final String algorithm;
    private final String section;
    private final boolean v2;

    private FuzzyIndexCodec(String algorithm) {
        this.algorithm = algorithm;
        this.section = algorithm + (algorithm.equals(InterdictV2.NAME) ? LAYOUT_V2 : LAYOUT);
        this.v2 = algorithm.equals(InterdictV2.NAME);
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public void write(PartyMatcher matcher, Snapshot snapshot, Encoder out) {
        Parts p = ((FuzzyMatcher) matcher).parts();
        if (!p.algorithm().equals(algorithm)) {
            throw new IllegalArgumentException("an " + p.algorithm() + " matcher in the " + section + " section");
        }
        // Layout details the index depends on, checked when read: a different build reads as stale.
        out.writeString(layout());
        IdentifierIndex.write(snapshot.entities(), out);
        p.index().write(out);
        out.writeInt(p.sourceIds().size());
        p.sourceIds().forEach((k, v) -> out.writeString(k).writeInt(v));
        Strings.write(List.of(p.entityIds()), out);
        out.writeInts(p.entityOf()).writeInts(p.sourceOf()).writeInts(p.groupOf()).writeLongs(p.groupSources());
        int groups = p.groups().length;
        int[] memberStart = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            memberStart[g + 1] = memberStart[g] + p.members()[g].length;
        }
        int[] memberIds = new int[memberStart[groups]];
        for (int g = 0; g < groups; g++) {
            System.arraycopy(p.members()[g], 0, memberIds, memberStart[g], p.members()[g].length);
        }
        out.writeInts(memberStart).writeInts(memberIds);
        Encoder records = new Encoder();
        int[] groupAt = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            groupAt[g] = records.size();
            writeGroup(p.groups()[g], p.candidateCommon()[g], v2, records);
        }
        groupAt[groups] = records.size();
        out.writeInts(groupAt).writeBytes(records.toByteArray());
        int names = p.nameOf().length;
        List<String> values = new ArrayList<>(names);
        List<String> scripts = new ArrayList<>(names);
        List<String> langs = new ArrayList<>(names);
        List<String> texts = new ArrayList<>(names);
        byte[] strengths = new byte[names];
        for (int i = 0; i < names; i++) {
            Name n = p.nameOf()[i];
            values.add(n.value());
            scripts.add(n.script());
            langs.add(n.lang());
            String text = p.scoring()[i].prepared().original();
            texts.add(text.equals(n.value()) ? null : text);   // most names are prepared as written
            strengths[i] = (byte) n.strength().ordinal();
        }
        Strings.write(values, out);
        Strings.write(scripts, out);
        Strings.write(langs, out);
        Strings.write(texts, out);
        out.writeBytes(strengths);
        // Words: how many entities hold each, and the facts a query's word can reuse.
        Set<String> words = new TreeSet<>(p.entityFrequency().keySet());
        words.addAll(p.tokenFacts().keySet());
        List<String> wordList = new ArrayList<>(words);
        KeyPostings.Builder byWord = new KeyPostings.Builder();
        List<String> metaphones = new ArrayList<>();
        byte[] hasFacts = new byte[wordList.size()];
        for (int w = 0; w < wordList.size(); w++) {
            String word = wordList.get(w);
            byWord.add(KeyPostings.hash(word), w, p.entityFrequency().getOrDefault(word, 0));
            ScoringName.TokenFacts f = p.tokenFacts().get(word);
            hasFacts[w] = (byte) (f == null ? 0 : 1);
            metaphones.add(f == null ? null : f.metaphone());
        }
        Strings.write(wordList, out);
        byWord.build().write(out);
        Strings.write(metaphones, out);
        out.writeBytes(hasFacts);
        if (v2) {
            byte[] reading = new byte[names];
            for (int i = p.readings().nextSetBit(0); i >= 0 && i < names; i = p.readings().nextSetBit(i + 1)) {
                reading[i] = 1;
            }
            out.writeBytes(reading);
            // The groups' bound summaries, worked out when the index was built: a batch would otherwise work out (and
            // decode the group for) each candidate's on its first meeting, most of which the summary alone then skips.
            int[] summaryAt = new int[groups + 1];
            for (int g = 0; g < groups; g++) {
                summaryAt[g + 1] = summaryAt[g] + p.boundSummaries()[g].length;
            }
            long[] summaries = new long[summaryAt[groups]];
            for (int g = 0; g < groups; g++) {
                System.arraycopy(p.boundSummaries()[g], 0, summaries, summaryAt[g], p.boundSummaries()[g].length);
            }
            out.writeInts(summaryAt).writeLongs(summaries);
            // Each entity's facts for the attribute scores, apart from its record: a query with a birth date or a
            // nationality reads them of every candidate it offers, which would otherwise inflate the candidate's block of
            // entity records and decode the whole entity.
            Encoder factRecords = new Encoder();
            int[] factsAt = new int[p.entityIds().length + 1];
            for (int e = 0; e < p.entityIds().length; e++) {
                factsAt[e] = factRecords.size();
                String id = p.entityIds()[e];
                writeFacts(AttributeScore.EntityFacts.of(snapshot.entity(id).orElseThrow(
                        () -> new IllegalStateException("the matcher names entity " + id + ", which the snapshot lacks"))), factRecords);
            }
            factsAt[p.entityIds().length] = factRecords.size();
            out.writeInts(factsAt).writeBytes(factRecords.toByteArray());
        }
    }

    private static void writeFacts(AttributeScore.EntityFacts f, Encoder out) {
        out.writeVarInt(f.birth().size());
        for (BirthDates.Span b : f.birth()) {
            out.writeInt(b.fromYear()).writeInt(b.toYear()).writeInt(b.month()).writeInt(b.day());
        }
        writeStrings(f.nationalities(), out);
        writeStrings(f.countries(), out);
        out.writeString(f.gender());
        out.writeVarInt(f.identifiers().size());
        for (Identifier i : f.identifiers()) {
            out.writeString(i.scheme()).writeString(i.value());
        }
        out.writeBoolean(f.person()).writeString(f.kind());
    }

    private static void writeStrings(java.util.Collection<String> values, Encoder out) {
        out.writeVarInt(values.size());
        for (String v : values) {
            out.writeString(v);
        }
    }

    private static AttributeScore.EntityFacts readFacts(Decoder in) {
        int births = in.readVarInt();
        List<BirthDates.Span> birth = new ArrayList<>(Math.min(births, 64));
        for (int i = 0; i < births; i++) {
            birth.add(new BirthDates.Span(in.readInt(), in.readInt(), in.readInt(), in.readInt()));
        }
        Set<String> nationalities = readStrings(in);
        Set<String> countries = readStrings(in);
        String gender = in.readString();
        int ids = in.readVarInt();
        List<Identifier> identifiers = new ArrayList<>(Math.min(ids, 64));
        for (int i = 0; i < ids; i++) {
            identifiers.add(new Identifier(in.readString(), in.readString()));
        }
        boolean person = in.readBoolean();
        return new AttributeScore.EntityFacts(List.copyOf(birth), nationalities, countries, gender, List.copyOf(identifiers),
                person, in.readString());
    }

    private static Set<String> readStrings(Decoder in) {
        int n = in.readVarInt();
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            out.add(in.readString());
        }
        return out;
    }

    /** The enumerations a compiled index stores by position, and the layout of the bound's stored summaries: a build that
     *  changes them reads the index as stale. */
    private String layout() {
        return section + " " + List.of(KINDS) + List.of(SCHEMAS) + List.of(STRENGTHS) + " min_delete="
                + IndexKeys.MIN_DELETE_LENGTH + " name_shapes" + (v2 ? " fold_keys habit_keys whole_names whole_sounds summary=" + CoverageBound.SUMMARY_LAYOUT : "");
    }

    @Override
    public PartyMatcher read(Decoder in, Snapshot snapshot, MatchSettings settings) {
        if (!layout().equals(in.readString())) {
            throw new Decoder.CorruptDataException("index written by another version of " + algorithm);
        }
        IdentifierIndex identifiers = IdentifierIndex.read(in, snapshot);
        // The keys a query looks up are made as when the index was built: interdict-v2 adds consonant keys.
        CandidateIndex index = CandidateIndex.read(in, v2);
        Map<String, Integer> sourceIds = new java.util.HashMap<>();
        int sources = in.count(5);
        for (int i = 0; i < sources; i++) {
            sourceIds.put(in.readString(), in.readInt());
        }
        Strings entityIds = Strings.read(in);
        int[] entityOf = in.readInts();
        int[] sourceOf = in.readInts();
        int[] groupOf = in.readInts();
        long[] groupSources = in.readLongs();
        int[] memberStart = in.readInts();
        int[] memberIds = in.readInts();
        int[] groupAt = in.readInts();
        int recordBytes = in.count(1);
        ByteBuffer records = in.slice(recordBytes);
        Strings values = Strings.read(in);
        Strings scripts = Strings.read(in);
        Strings langs = Strings.read(in);
        Strings texts = Strings.read(in);
        byte[] strengths = in.readBytes();
        Strings words = Strings.read(in);
        KeyPostings byWord = KeyPostings.read(in);
        Strings metaphones = Strings.read(in);
        byte[] hasFacts = in.readBytes();
        byte[] reading = v2 ? in.readBytes() : new byte[entityOf.length];
        int[] summaryAt = v2 ? in.readInts() : null;
        java.nio.LongBuffer summaries = v2 ? in.longView() : null;
        int[] factsAt = v2 ? in.readInts() : null;
        ByteBuffer factRecords = v2 ? in.slice(in.count(1)) : null;
        int groups = groupSources.length;
        int names = entityOf.length;
        if (memberStart.length != groups + 1 || groupAt.length != groups + 1 || sourceOf.length != names
                || groupOf.length != names || values.size() != names || strengths.length != names
                || index.size() != groups || hasFacts.length != words.size() || reading.length != names
                || v2 && (summaryAt.length != groups + 1 || summaryAt[groups] != summaries.limit()
                        || factsAt.length != entityIds.size() + 1 || factsAt[entityIds.size()] != factRecords.limit())) {
            throw new Decoder.CorruptDataException(section + " arrays of inconsistent lengths");
        }
        Source source = new Source() {
            @Override
            public Group group(int g) {
                return readGroup(new Decoder(records.slice(groupAt[g], groupAt[g + 1] - groupAt[g])), v2);
            }

            @Override
            public int[] members(int g) {
                return java.util.Arrays.copyOfRange(memberIds, memberStart[g], memberStart[g + 1]);
            }

            @Override
            public String entityId(int e) {
                return entityIds.get(e);
            }

            @Override
            public Name name(int id) {
                return new Name(values.get(id), scripts.get(id), STRENGTHS[strengths[id]], langs.get(id));
            }

            @Override
            public String text(int id) {
                String t = texts.get(id);
                return t == null ? values.get(id) : t;
            }

            @Override
            public boolean reading(int id) {
                return reading[id] != 0;
            }

            @Override
            public AttributeScore.EntityFacts facts(int e) {
                if (factsAt != null) {
                    int from = factsAt[e];
                    int to = factsAt[e + 1];
                    if (from < 0 || to < from || to > factRecords.limit()) {
                        throw new Decoder.CorruptDataException(section + " facts of entity " + e + " lie outside their records");
                    }
                    return readFacts(new Decoder(factRecords.slice(from, to - from)));
                }
                String id = entityIds.get(e);
                return AttributeScore.EntityFacts.of(snapshot.entity(id).orElseThrow(
                        () -> new IllegalStateException("the compiled " + section + " names entity " + id + ", which its snapshot lacks")));
            }

            @Override
            public long[] boundSummary(int g) {
                if (summaries == null) {
                    return null;
                }
                int from = summaryAt[g];
                int to = summaryAt[g + 1];
                if (from < 0 || to <= from || to > summaries.limit()) {
                    throw new Decoder.CorruptDataException(section + " bound summary " + g + " lies outside its array");
                }
                long[] out = new long[to - from];
                summaries.get(from, out);
                return out;
            }
        };
        Map<String, Integer> frequency = new WordMap<>(words, byWord) {
            @Override
            Integer value(int word, int entry) {
                return byWord.second(entry);
            }
        };
        Map<String, ScoringName.TokenFacts> facts = new WordMap<>(words, byWord) {
            @Override
            ScoringName.TokenFacts value(int word, int entry) {
                if (hasFacts[word] == 0) {
                    return null;
                }
                // What the text alone determines and is cheap is derived again; the phonetic code is read.
                String text = words.get(word);
                String skeleton = Skeleton.of(text);
                return new ScoringName.TokenFacts(text, metaphones.get(word), skeleton, TokenSimilarity.letters(text),
                        TokenSimilarity.letters(skeleton));
            }
        };
        return new FuzzyMatcher(algorithm, source, settings, identifiers, index, frequency, facts, sourceIds, entityIds.size(),
                entityOf, sourceOf, groupOf, groupSources);
    }

    /** A group's record: its prepared name, its words, which of them are common, its legal forms and (v2) which of its
     *  words are its bodies' own places ({@link ScoringName#ownPlaces}: their count, then each word's place). */
    private static void writeGroup(ScoringName n, boolean[] common, boolean v2, Encoder out) {
        PreparedName p = n.prepared();
        out.writeString(p.original()).writeByte(p.schema().ordinal()).writeBoolean(p.transliterated());
        out.writeVarInt(p.tokens().size());
        for (Token t : p.tokens()) {
            out.writeString(t.text()).writeByte(t.kind().ordinal());
        }
        out.writeVarInt(n.size());
        for (int i = 0; i < n.size(); i++) {
            // Letters and skeletons are cheap to derive from the text when read; phonetic codes are not. A text that
            // is also a prepared token's (most are) is written as that token's place, read once and shared.
            int same = -1;
            for (int k = 0; k < p.tokens().size() && same < 0; k++) {
                same = p.tokens().get(k).text().equals(n.text[i]) ? k : -1;
            }
            out.writeVarInt(same + 1);
            if (same < 0) {
                out.writeString(n.text[i]);
            }
            out.writeByte(n.kind[i].ordinal()).writeString(n.phonetic[i]).writeBoolean(common[i]);
        }
        out.writeVarInt(n.legal.length);
        for (String l : n.legal) {
            out.writeString(l);
        }
        if (v2) {
            out.writeVarInt(Long.bitCount(n.ownPlaces));
            for (long b = n.ownPlaces; b != 0; b &= b - 1) {
                out.writeVarInt(Long.numberOfTrailingZeros(b));
            }
        }
    }

    private static Group readGroup(Decoder in, boolean v2) {
        String original = in.readString();
        Schema schema = SCHEMAS[in.readByte()];
        boolean transliterated = in.readBoolean();
        int count = in.readVarInt();
        List<Token> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = in.readString();
            tokens.add(new Token(text, KINDS[in.readByte()]));
        }
        int n = in.readVarInt();
        String[] text = new String[n];
        TokenKind[] kind = new TokenKind[n];
        String[] phonetic = new String[n];
        String[] skeleton = new String[n];
        long[] letters = new long[n];
        long[] skeletonLetters = new long[n];
        boolean[] common = new boolean[n];
        for (int i = 0; i < n; i++) {
            int same = in.readVarInt() - 1;
            if (same >= tokens.size()) {
                throw new Decoder.CorruptDataException("a group's word " + i + " names token " + same + " of " + tokens.size());
            }
            text[i] = same >= 0 ? tokens.get(same).text() : in.readString();
            kind[i] = KINDS[in.readByte()];
            phonetic[i] = in.readString();
            skeleton[i] = Skeleton.of(text[i]);
            letters[i] = TokenSimilarity.letters(text[i]);
            skeletonLetters[i] = TokenSimilarity.letters(skeleton[i]);
            common[i] = in.readBoolean();
        }
        String[] legal = new String[in.readVarInt()];
        for (int i = 0; i < legal.length; i++) {
            legal[i] = in.readString();
        }
        long places = 0L;
        for (int k = v2 ? in.readVarInt() : 0; k > 0; k--) {
            int t = in.readVarInt();
            if (t < 0 || t >= Math.min(n, Long.SIZE)) {
                throw new Decoder.CorruptDataException("a group's place names word " + t + " of " + n);
            }
            places |= 1L << t;
        }
        PreparedName prepared = new PreparedName(original, schema, tokens, transliterated);
        ScoringName name = new ScoringName(prepared, text, kind, phonetic, skeleton, legal, letters, skeletonLetters);
        name.ownPlaces = places;
        return new Group(name, common);
    }

    /**
     * A read-only map over the word table: {@code get} finds a word by its hash and checks the text.
     * Words found are kept decoded (at most the table's words), so a query's known words cost one hash
     * lookup, as in a matcher built in memory. Words the table lacks are many (queries bring words the
     * lists never had, and v2's query repair tries every split of an unknown word): a Bloom filter of the
     * table's hashes, a few hundred kilobytes that stay in a cache, turns away all but about 2 % of them
     * without a lookup, and nothing is kept of them.
     */
    abstract static class WordMap<V> extends AbstractMap<String, V> {
        /** Kept for a word the table holds without a value (no token facts). */
        private static final Object NONE = new Object();
        private final Strings words;
        private final KeyPostings byWord;
        private final KeyFilter filter;
        private final Map<String, Object> found = new java.util.concurrent.ConcurrentHashMap<>();

        WordMap(Strings words, KeyPostings byWord) {
            this.words = words;
            this.byWord = byWord;
            this.filter = KeyFilter.of(byWord);
        }

        abstract V value(int word, int entry);

        /** The filter of the table's words ({@link KeyPostings#hash}): it never says no to one of them. */
        KeyFilter filter() {
            return filter;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            if (!(key instanceof String s)) {
                return null;
            }
            long hash = KeyPostings.hash(s);
            if (!filter.mayContain(hash)) {
                return null;
            }
            Object known = found.get(s);
            if (known != null) {
                return known == NONE ? null : (V) known;
            }
            long range = byWord.find(hash);
            for (int e = (int) (range >>> 32); e < (int) range; e++) {
                int w = byWord.first(e);
                if (s.equals(words.get(w))) {
                    V v = value(w, e);
                    found.put(s, v == null ? NONE : v);
                    return v;
                }
            }
            return null;
        }

        /** How many words are kept decoded: never more than the table holds. */
        int kept() {
            return found.size();
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v == null ? defaultValue : v;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            Map<String, V> all = new LinkedHashMap<>();
            for (int w = 0; w < words.size(); w++) {
                V v = get(words.get(w));
                if (v != null) {
                    all.put(words.get(w), v);
                }
            }
            return all.entrySet();
        }
    }
}
