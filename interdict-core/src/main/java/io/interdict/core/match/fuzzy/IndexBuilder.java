package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.AttributeScore;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What a {@link FuzzyMatcher} searches, built in memory from the lists' entities: every name in the forms it is indexed
 * under ({@link ListedForms}), prepared for scoring, grouped with the names that score alike, and the candidate index
 * over the groups. The steps run in the order {@link #build} calls them, each filling the arrays the next reads; the
 * pure, per-name steps run in parallel and are laid out in the lists' order, so the index comes out as from one thread
 * (its compiled bytes are the same however many cores built it).
 * <p>A matcher read from a compiled snapshot gets the same arrays from {@link FuzzyIndexCodec} instead.
 */
final class IndexBuilder {
    /** The built index: the arrays the compiled form holds, and (v2) what the lists say of each entity besides its names,
     *  and each entity's index by id. */
    record Built(FuzzyIndexCodec.Parts parts, AttributeScore.EntityFacts[] facts, Map<String, Integer> entityIndex) {
    }

    private final List<Entity> all;
    private final boolean v2;
    private final Map<String, Integer> sourceIds = new HashMap<>();

    // entities(): each entity once, by id
    /** Lists may carry the same entity twice (the CSL repeats SDN entries under their ofac-sdn id): one entity, all its
     *  names. Entity index by id. */
    private final Map<String, Integer> byId = new HashMap<>();
    /** Per entity of the lists, in their order: the entity it is one of. */
    private final int[] entityAt;
    /** The entities of the lists that are the first with their id. */
    private final BitSet firstSeen;
    private String[] entityIds;
    private int[] entitySource;
    private AttributeScore.EntityFacts[] facts;
    /** (v2) Per entity, the places its own addresses name ({@link OwnPlaces}); null in interdict-v1. */
    private java.util.Set<String>[] ownPlaces;

    // names(): every indexed form of every name
    private final List<String> texts = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    private final List<Name> refs = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private final BitSet readings = new BitSet();

    // prepare(): each name prepared for scoring
    private final Map<String, ScoringName.TokenFacts> tokenFacts = new ConcurrentHashMap<>();
    private ScoringName[] scoring;
    private Name[] nameOf;
    private int[] entityOf;
    private int[] sourceOf;

    // group(): the names that score alike
    private int[] groupOf;
    private ScoringName[] groups;
    private int[][] members;
    private long[] groupSources;
    private long[][] boundSummaries;

    private IndexBuilder(List<Entity> all, boolean v2) {
        this.all = all;
        this.v2 = v2;
        this.entityAt = new int[all.size()];
        this.firstSeen = new BitSet(all.size());
    }

    /** The index of these entities for interdict-v2 ({@code v2}) or interdict-v1. */
    static Built build(Collection<Entity> entities, boolean v2) {
        IdentifierIndex identifiers = new IdentifierIndex(entities);
        IndexBuilder b = new IndexBuilder(entities instanceof List<Entity> l ? l : new ArrayList<>(entities), v2);
        b.entities();
        b.names();
        b.prepare();
        b.group();
        CandidateIndex index = CandidateIndex.build(Arrays.asList(b.groups), v2);
        Map<String, Integer> entityFrequency = v2
                ? syllablesByEntity(partyFrequencies(b.scoring, republished(b.scoring, b.entityOf, b.entitySource,
                        b.entityIds.length), b.entityIds.length), entityFrequencies(b.scoring, b.entityOf))
                : entityFrequencies(b.scoring, b.entityOf);
        boolean[][] candidateCommon = b.commonWords(entityFrequency, FuzzyMatcher.commonThreshold(b.entityIds.length));
        FuzzyIndexCodec.Parts parts = new FuzzyIndexCodec.Parts(v2 ? InterdictV2.NAME : InterdictV1.NAME, identifiers, index,
                entityFrequency, b.tokenFacts, b.sourceIds, b.entityIds, b.scoring, b.nameOf, b.entityOf, b.sourceOf, b.groupOf,
                b.groups, b.members, b.groupSources, candidateCommon, b.readings, b.boundSummaries);
        return new Built(parts, b.facts, v2 ? Map.copyOf(b.byId) : Map.of());
    }

    /** Each entity once, by id, with its source; and (v2) what the lists say of it besides its names. */
    private void entities() {
        String[] ids = new String[all.size()];
        int[] sources = new int[all.size()];
        for (int k = 0; k < all.size(); k++) {
            Entity entity = all.get(k);
            Integer known = byId.get(entity.id());
            int e = known == null ? byId.size() : known;
            if (known == null) {
                byId.put(entity.id(), e);
                firstSeen.set(k);
                ids[e] = entity.id();
                sources[e] = sourceIds.computeIfAbsent(entity.source(), k2 -> sourceIds.size());
            }
            entityAt[k] = e;
        }
        entityIds = Arrays.copyOf(ids, byId.size());
        entitySource = sources;
        if (v2) {
            AttributeScore.EntityFacts[] entityFacts = new AttributeScore.EntityFacts[all.size()];
            IntStream.range(0, all.size()).filter(firstSeen::get).parallel()
                    .forEach(k -> entityFacts[entityAt[k]] = AttributeScore.EntityFacts.of(all.get(k)));
            facts = Arrays.copyOf(entityFacts, byId.size());
            OwnPlaces places = new OwnPlaces(NamePipeline.standard());
            @SuppressWarnings("unchecked")
            java.util.Set<String>[] own = new java.util.Set[byId.size()];
            IntStream.range(0, all.size()).filter(firstSeen::get).parallel()
                    .forEach(k -> own[entityAt[k]] = places.of(all.get(k)));
            ownPlaces = own;
        }
    }

    /** The forms each entity's names are indexed under: pure and per entity, worked out in parallel, then laid out in
     *  the lists' order. */
    private void names() {
        List<ListedForms.Indexed>[] formsOf = ListedForms.indexed(all, v2);
        for (int k = 0; k < all.size(); k++) {
            Schema schema = Schema.of(all.get(k).kind());
            for (ListedForms.Indexed form : formsOf[k]) {
                if (form.reading()) {
                    readings.set(texts.size());
                }
                texts.add(form.text());
                schemas.add(schema);
                refs.add(form.name());
                owners.add(entityAt[k]);
            }
        }
    }

    /** Normalising is pure and per name: each distinct name once (the lists republish each other's entries: 42,500
     *  distinct of 69,000), in parallel; duplicates share the prepared name. */
    private void prepare() {
        NamePipeline pipeline = v2 ? NamePipeline.standard() : NamePipeline.v1();
        int[] first = new int[texts.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Integer earlier = seen.putIfAbsent(schemas.get(i).name() + (readings.get(i) ? "\u0001" : "\u0000") + texts.get(i), i);
            first[i] = earlier == null ? i : earlier;
        }
        ScoringName[] prepared = new ScoringName[texts.size()];
        IntStream.range(0, texts.size()).filter(i -> first[i] == i).parallel()
                .forEach(i -> prepared[i] = ScoringName.of(readings.get(i) ? ScriptReadings.prepare(texts.get(i), schemas.get(i))
                        : pipeline.prepare(texts.get(i), schemas.get(i)), tokenFacts));
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = prepared[first[i]];
        }
        scoring = prepared;
        nameOf = refs.toArray(new Name[0]);
        entityOf = owners.stream().mapToInt(Integer::intValue).toArray();
        sourceOf = new int[entityOf.length];
        for (int i = 0; i < entityOf.length; i++) {
            sourceOf[i] = entitySource[entityOf[i]];
        }
    }

    /** Names that score alike (same schema, tokens and legal forms: "ANSAR AL-SHARIA" in the UN, OFAC and UK lists,
     *  written in three ways) are indexed and scored once, and a candidate brings every entity that has it: a name
     *  shared by more entities than the candidate bound loses none. */
    private void group() {
        Map<String, Integer> groupOfKey = new HashMap<>();
        groupOf = new int[scoring.length];
        List<ScoringName> groupNames = new ArrayList<>();
        int[] groupSize = new int[scoring.length];
        for (int i = 0; i < scoring.length; i++) {
            int next = groupNames.size();
            int g = groupOfKey.computeIfAbsent(scoresAlike(scoring[i], v2), k -> next);
            if (g == next) {
                groupNames.add(scoring[i]);
            }
            groupOf[i] = g;
            groupSize[g]++;
        }
        groups = groupNames.toArray(new ScoringName[0]);
        boundSummaries = new long[groups.length][];
        if (v2) {
            // A group's name holds a place of any of its members' bodies (ScoringName#ownPlaces); its summary says so.
            for (int i = 0; i < scoring.length; i++) {
                ScoringName n = groups[groupOf[i]];
                n.ownPlaces |= OwnPlaces.bits(n, ownPlaces[entityOf[i]]);
            }
            for (int i = 0; i < scoring.length; i++) {
                scoring[i].ownPlaces = groups[groupOf[i]].ownPlaces;   // a member is scored alike, explained so too
            }
            // A group's summary knows whether any member writes a person's family name apart with a comma.
            boolean[] commaFamily = new boolean[groups.length];
            for (int i = 0; i < scoring.length; i++) {
                commaFamily[groupOf[i]] |= CoverageBound.commaFamily(scoring[i]);
            }
            IntStream.range(0, groups.length).parallel()
                    .forEach(g -> boundSummaries[g] = CoverageBound.summary(groups[g], commaFamily[g]));
        }
        members = new int[groups.length][];
        groupSources = new long[groups.length];
        for (int g = 0; g < groups.length; g++) {
            members[g] = new int[groupSize[g]];
        }
        int[] fill = new int[groups.length];
        for (int i = 0; i < scoring.length; i++) {
            int g = groupOf[i];
            members[g][fill[g]++] = i;
            groupSources[g] |= FuzzyMatcher.sourceBit(sourceOf[i]);
        }
    }

    /** Per group, which of its name's tokens are common: held by at least {@code threshold} entities. */
    private boolean[][] commonWords(Map<String, Integer> entityFrequency, int threshold) {
        boolean[][] common = new boolean[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            ScoringName n = groups[g];
            common[g] = new boolean[n.size()];
            for (int t = 0; t < n.size(); t++) {
                common[g][t] = entityFrequency.getOrDefault(n.text[t], 0) >= threshold;
            }
        }
        return common;
    }

    /** What a score depends on; names without tokens compare by their text, so they stay apart. */
    private static String scoresAlike(ScoringName n, boolean v2) {
        // v2 compares names written in another script by their consonants too: the flag is part of the score.
        StringBuilder sb = new StringBuilder(n.schema().name()).append(v2 && n.prepared.transliterated() ? "|t|" : "|");
        if (n.size() == 0) {
            return sb.append('\u0000').append(n.prepared.original()).toString();
        }
        for (int t = 0; t < n.size(); t++) {
            sb.append(n.text[t]).append(' ').append(n.kind[t].ordinal()).append(' ');
        }
        return sb.append('|').append(String.join(" ", n.legal)).toString();
    }

    /**
     * (v2) Per name, the party its entity is counted as in the words' frequencies: entities of two lists that write a
     * name of two or more words alike (its prepared words, in any order) are one party republished, as the UN's
     * "MONIR CHOUKA" is the UK's "Monir CHOUKA" and OFAC's "CHOUKA, Monir". Counted apart, the three copies of two
     * brothers made "chouka" a word six entities hold, common as "mohammed" is, and "Mounir Chouka" rested on common
     * words only. Each list joins its first entity writing a name to the first entity that wrote it; two entities of one
     * list that write a name alike stay two. Each party is named by its smallest entity index.
     */
    static int[] republished(ScoringName[] names, int[] entityOf, int[] entitySource, int entities) {
        int[] parent = new int[entities];
        for (int e = 0; e < entities; e++) {
            parent[e] = e;
        }
        // per name's words (a 64-bit hash of them, sorted; an open-addressed table): the first entity writing it, and
        // the lists joined to it
        int capacity = Integer.highestOneBit(Math.max(4, names.length) * 2 - 1) << 1;
        long[] keys = new long[capacity];
        boolean[] used = new boolean[capacity];
        int[] first = new int[capacity];
        long[] joined = new long[capacity];
        for (int i = 0; i < names.length; i++) {
            if (names[i].size() < 2) {
                continue;
            }
            int e = entityOf[i];
            int source = entitySource[e];
            long bit = source < Long.SIZE ? 1L << source : 0;
            long key = wordsKey(names[i]);
            int k = (int) (key ^ key >>> 32) & capacity - 1;
            while (used[k] && keys[k] != key) {
                k = k + 1 & capacity - 1;
            }
            if (!used[k]) {
                used[k] = true;
                keys[k] = key;
                first[k] = e;
                joined[k] = bit;
            } else if (bit != 0 && (joined[k] & bit) == 0) {
                joined[k] |= bit;
                union(parent, e, first[k]);
            }
        }
        int[] partyOf = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            partyOf[i] = find(parent, entityOf[i]);
        }
        return partyOf;
    }

    /** A name's prepared words in any order, as one 64-bit hash: each word's FNV-1a hash, sorted, folded in turn. */
    private static long wordsKey(ScoringName name) {
        long[] words = new long[name.size()];
        for (int t = 0; t < words.length; t++) {
            long h = 0xcbf29ce484222325L;
            String w = name.text[t];
            for (int c = 0; c < w.length(); c++) {
                h = (h ^ w.charAt(c)) * 0x100000001b3L;
            }
            words[t] = h;
        }
        Arrays.sort(words);
        long key = words.length;
        for (long w : words) {
            key = (key ^ w) * 0x100000001b3L + (key >>> 29);
        }
        return key;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        int a = find(parent, x);
        int b = find(parent, y);
        if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    /** How many entities hold each word: a run of one entity's names counts it once (an entity's names follow one
     *  another; interdict-v1 as released). */
    private static Map<String, Integer> entityFrequencies(ScoringName[] names, int[] entityOf) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Integer> lastEntity = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (int t = 0; t < names[i].size(); t++) {
                String token = names[i].text[t];
                Integer last = lastEntity.put(token, entityOf[i]);
                if (last == null || last != entityOf[i]) {
                    count.merge(token, 1, Integer::sum);
                }
            }
        }
        return count;
    }

    /**
     * (v2) The parties' counts ({@code parties}), but a word that is one syllable of a Korean or Chinese name as the
     * lists romanise it ("chul", "sik", "gwang", "wen") keeps its count over entities ({@code entities}): such given
     * names are made of a few hundred syllables that the world writes for millions of people, and the lists' different
     * people share them far less than the world does. Counted over parties, "chul" (six entities, three parties) was
     * no longer common, and 25 more of the 50,000 yente negatives ("영철 하윤 김" ~ "KIM, Young-Chul", three words
     * against two) were flagged by common words alone.
     */
    static Map<String, Integer> syllablesByEntity(Map<String, Integer> parties, Map<String, Integer> entities) {
        parties.replaceAll((word, n) -> eastAsianSyllable(word) ? entities.getOrDefault(word, n) : n);
        return parties;
    }

    /** Whether a lower-case word spells one syllable of a Korean name, or one Mandarin (pinyin, Wade–Giles) or
     *  Cantonese syllable. */
    static boolean eastAsianSyllable(String word) {
        return io.interdict.core.names.KoreanNameSpelling.latinSyllables(word) != null
                || io.interdict.core.names.MandarinSpelling.syllableSpellings().contains(word)
                || io.interdict.core.names.CantoneseSpelling.syllableSpellings().contains(word);
    }

    /** (v2) How many parties ({@link #republished}) hold each word: the names taken party after party (a party's
     *  lists' copies lie apart), each party counted once per word. */
    private static Map<String, Integer> partyFrequencies(ScoringName[] names, int[] partyOf, int entities) {
        int[] start = new int[entities + 1];
        for (int p : partyOf) {
            start[p + 1]++;
        }
        for (int p = 0; p < entities; p++) {
            start[p + 1] += start[p];
        }
        ScoringName[] byParty = new ScoringName[names.length];
        int[] party = new int[names.length];
        int[] next = Arrays.copyOf(start, entities);
        for (int i = 0; i < names.length; i++) {
            int at = next[partyOf[i]]++;
            byParty[at] = names[i];
            party[at] = partyOf[i];
        }
        return entityFrequencies(byParty, party);
    }
}
