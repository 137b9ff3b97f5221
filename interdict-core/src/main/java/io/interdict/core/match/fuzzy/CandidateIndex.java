package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Token-keyed inverted index over prepared names, built once per snapshot (see
 * docs/adr/0001-candidate-index.md). Each distinctive token is posted under its exact text and its
 * one-deletion variants (a symmetric-deletion index: two tokens one edit apart share a key), its
 * transliteration skeleton and its phonetic code; adjacent token pairs are also posted glued, so
 * "Tik Tok" finds "TikTok" and back. Keys are 64-bit hashes in an open-addressing table (a hash
 * collision can only add a candidate, never change a score). A query touches only the postings of
 * its own keys, weighted by rarity, and returns the best few names for full scoring: its cost
 * depends on how common the query's words are, not on the size of the list. Which keys a word has, on either side,
 * is {@link IndexKeys}'; this class holds the table, builds it and searches it.
 */
public final class CandidateIndex {
    /** Variant keys with more postings than this are skipped at query time: "-ohn" (john, ohn...) or a
     *  common skeleton would touch thousands of names that the exact word reaches anyway. */
    static final int MAX_VARIANT_POSTINGS = 1000;
    /** What a query word adds to a name its own spelling reaches, above its rarity ({@link #candidates}): enough to
     *  order names alike by rarity, too little to raise a name over one that shares a rarer word. */
    static final float EXACT_BONUS = 1f / 1024;
    /** The most postings a word read from another script looks up when its every key has more than
     *  {@link #MAX_VARIANT_POSTINGS}: the narrowest of them, if no wider than this. */
    static final int MAX_READ_POSTINGS = 8 * MAX_VARIANT_POSTINGS;
    /** What a name that is the query's whole name, word for word, adds to its rank: more than any sum of rarities, so
     *  the cut always keeps it. */
    static final float WHOLE_NAME = 1e4f;
    /** What a name that sounds as the whole query adds to its rank ({@link #wholeSound}): below the rarity of any word
     *  among the {@code size} names, {@code log(1 + size / df) >= log 2}. */
    static final float WHOLE_SOUND = 0.5f;
    /** The most names a whole sound ranks ({@link #wholeSound}): four times the cut. */
    static final int MAX_SOUND_POSTINGS = 64;

    /** Open-addressing table of (key, posting range) pairs side by side, so a lookup reads one cache
     *  line; a range is {@code offset << 32 | length} into {@link #postings}, 0 for an empty slot. */
    private final long[] table;
    private final int[] postings;
    private final int shift;
    private final int mask;
    private final int size;
    private final int keyCount;
    /** Whether words are also posted by their consonants (interdict-v2). */
    private final boolean consonantKeys;
    /** A filter of the table's keys, small enough to stay in a cache: most keys of a query are no name's
     *  (glued pairs, deletions), and the filter answers for most of them without reading the table. */
    private final KeyFilter filter;
    /** Per name, its {@link #shape}: how many words it has, and whether it was read from another script. */
    private final byte[] shapes;

    private CandidateIndex(long[] table, int[] postings, int shift, int size, int keyCount, boolean consonantKeys, byte[] shapes) {
        this.table = table;
        this.postings = postings;
        this.shift = shift;
        this.mask = (table.length >> 1) - 1;
        this.size = size;
        this.keyCount = keyCount;
        this.consonantKeys = consonantKeys;
        this.filter = KeyFilter.of(table, keyCount);
        this.shapes = shapes;
    }

    /** What the cut among names of equal rank reads of a name: its words' count (at most 127), and {@link #READ} when it
     *  was read from another script. */
    static byte shape(ScoringName n) {
        return (byte) (Math.min(n.size(), WORDS) | (n.prepared.transliterated() ? READ : 0));
    }

    private static final int WORDS = 0x7f;
    private static final int READ = 0x80;

    public static CandidateIndex build(List<ScoringName> names) {
        return build(names, false);
    }

    /** @param consonantKeys also post each word by its consonants (interdict-v2), for queries written in other scripts */
    public static CandidateIndex build(List<ScoringName> names, boolean consonantKeys) {
        // Key groups (a word, or a glued pair) recur across names: 29,000 distinct words in 240,000.
        // Each distinct group gets an id and the ascending ids of the names that have it.
        // A word's keys depend on its text and on whether it has a phonetic code; a glued pair's on its glued text: a
        // table each, so a word is looked up by its own string (its hash kept), with no key string built.
        java.util.Map<String, Integer> wordsCoded = new java.util.HashMap<>();
        java.util.Map<String, Integer> wordsUncoded = new java.util.HashMap<>();
        java.util.Map<String, Integer> glued = new java.util.HashMap<>();
        List<ScoringName> sampleName = new java.util.ArrayList<>();
        IntList sampleGroup = new IntList();
        // Each (key group, name) once, in the names' order: the groups' names are laid out from these below, so that
        // each group's ascending names lie in one array, read where its keys are posted.
        IntList pairGroup = new IntList();
        IntList pairName = new IntList();
        IntList lastName = new IntList();   // per group, the last name paired with it
        // Names by their whole name's key (wholeNameKey): each whole name a key group of its own, marked by group -1.
        java.util.Map<Long, Integer> wholeNames = new java.util.HashMap<>();
        for (int id = 0; id < names.size(); id++) {
            ScoringName n = names.get(id);
            int size = n.size();
            if (size > 0) {
                Long whole = IndexKeys.wholeNameKey(n);
                Integer gid = wholeNames.get(whole);
                if (gid == null) {
                    gid = sampleName.size();
                    wholeNames.put(whole, gid);
                    sampleName.add(n);
                    sampleGroup.add(-1);
                    lastName.add(-1);
                }
                pair(gid, id, pairGroup, pairName, lastName);
            }
            for (int g = 0; g < IndexKeys.tokenCount(n); g++) {
                if (!IndexKeys.postsGroup(n, g)) {
                    continue;
                }
                java.util.Map<String, Integer> groupIds = g >= size ? glued
                        : n.phonetic[g] != null && n.phonetic[g].length() >= 4 ? wordsCoded : wordsUncoded;
                String groupKey = g < size ? n.text[g] : n.text[g - size] + n.text[g - size + 1];
                Integer gid = groupIds.get(groupKey);
                if (gid == null) {
                    gid = sampleName.size();
                    groupIds.put(groupKey, gid);
                    sampleName.add(n);
                    sampleGroup.add(g);
                    lastName.add(-1);
                }
                pair(gid, id, pairGroup, pairName, lastName);
            }
        }
        int groups = sampleName.size();
        // The groups' names, group after group: group gid's in groupName[groupStart[gid], groupStart[gid + 1]).
        int[] groupStart = new int[groups + 1];
        for (int p = 0; p < pairGroup.size; p++) {
            groupStart[pairGroup.a[p] + 1]++;
        }
        for (int gid = 0; gid < groups; gid++) {
            groupStart[gid + 1] += groupStart[gid];
        }
        int[] groupName = new int[pairGroup.size];
        int[] fillAt = Arrays.copyOf(groupStart, groups);
        for (int p = 0; p < pairGroup.size; p++) {
            groupName[fillAt[pairGroup.a[p]]++] = pairName.a[p];
        }
        long[][] groupKeys = java.util.stream.IntStream.range(0, groups).parallel().mapToObj(gid -> {
            if (sampleGroup.get(gid) < 0) {
                long sound = consonantKeys ? IndexKeys.wholeSoundKey(sampleName.get(gid)) : 0;
                return sound == 0 ? new long[] {IndexKeys.wholeNameKey(sampleName.get(gid))}
                        : new long[] {IndexKeys.wholeNameKey(sampleName.get(gid)), sound};
            }
            IndexKeys.KeyBuffer b = new IndexKeys.KeyBuffer();
            IndexKeys.tokenKeys(sampleName.get(gid), sampleGroup.get(gid), b, consonantKeys, consonantKeys, consonantKeys);
            return Arrays.copyOf(b.keys, b.size);
        }).toArray(long[][]::new);
        // Every (key, group) pair, sorted by key (and by group within a key, as they are made): the table is sized by the
        // distinct keys (at most half full), and they are inserted in order, so with the home slot taken from a key's top
        // bits the table fills front to back; the postings are written in the same order, key by key, in one pass.
        int total = 0;
        int postingCount = 0;
        for (int gid = 0; gid < groups; gid++) {
            total += groupKeys[gid].length;
            postingCount += groupKeys[gid].length * (groupStart[gid + 1] - groupStart[gid]);
        }
        long[] keys = new long[total];
        int[] owner = new int[total];
        for (int gid = 0, p = 0; gid < groups; gid++) {
            for (long key : groupKeys[gid]) {
                keys[p] = key;
                owner[p++] = gid;
            }
        }
        sortByKey(keys, owner);
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                distinct++;
            }
        }
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(Math.max(1, (long) distinct * 2 - 1)));
        int shift = 64 - bits;
        int capacity = 1 << bits;
        int mask = capacity - 1;
        long[] table = new long[capacity * 2];
        int[] postings = new int[postingCount];
        int written = 0;
        for (int i = 0; i < total; ) {
            long key = keys[i];
            int slot = home(key, shift);
            while (table[2 * slot + 1] != 0) {   // a filled slot has a range: a key has at least one name
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            // The names of every group that has the key; a name posts a key once, however many of its groups give it, and
            // postings ascend by name.
            int offset = written;
            int groupsWithKey = 0;
            for (; i < total && keys[i] == key; i++) {
                for (int k = groupStart[owner[i]], end = groupStart[owner[i] + 1]; k < end; k++) {
                    postings[written++] = groupName[k];
                }
                groupsWithKey++;
            }
            if (groupsWithKey > 1) {
                Arrays.sort(postings, offset, written);
                int w = offset + 1;
                for (int r = offset + 1; r < written; r++) {
                    if (postings[r] != postings[w - 1]) {
                        postings[w++] = postings[r];
                    }
                }
                written = w;
            }
            table[2 * slot + 1] = (long) offset << 32 | (written - offset);
        }
        if (written < postings.length) {
            postings = Arrays.copyOf(postings, written);
        }
        byte[] shapes = new byte[names.size()];
        for (int id = 0; id < shapes.length; id++) {
            shapes[id] = shape(names.get(id));
        }
        return new CandidateIndex(table, postings, shift, names.size(), distinct, consonantKeys, shapes);
    }

    /** Name {@code id} has key group {@code gid}: recorded once however many of its words give it. */
    private static void pair(int gid, int id, IntList pairGroup, IntList pairName, IntList lastName) {
        if (lastName.a[gid] != id) {
            lastName.a[gid] = id;
            pairGroup.add(gid);
            pairName.add(id);
        }
    }

    /**
     * Sorts {@code keys} ascending (as signed longs), moving {@code owner} along; stable, so pairs of one key keep their
     * order. The keys are mixed hashes, spread evenly: they are dealt into buckets by their top 16 bits (sign bit
     * flipped, so buckets ascend as the signed keys do), then each bucket, a few keys on average, is sorted by insertion.
     */
    static void sortByKey(long[] keys, int[] owner) {
        int n = keys.length;
        int bucketBits = 16;
        int[] start = new int[(1 << bucketBits) + 1];
        for (long k : keys) {
            start[bucket(k, bucketBits) + 1]++;
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            start[b + 1] += start[b];
        }
        long[] k2 = new long[n];
        int[] o2 = new int[n];
        int[] next = Arrays.copyOf(start, 1 << bucketBits);
        for (int i = 0; i < n; i++) {
            int at = next[bucket(keys[i], bucketBits)]++;
            k2[at] = keys[i];
            o2[at] = owner[i];
        }
        for (int b = 0; b < 1 << bucketBits; b++) {
            for (int i = start[b] + 1; i < start[b + 1]; i++) {
                long k = k2[i];
                int o = o2[i];
                int j = i - 1;
                while (j >= start[b] && k2[j] > k) {
                    k2[j + 1] = k2[j];
                    o2[j + 1] = o2[j];
                    j--;
                }
                k2[j + 1] = k;
                o2[j + 1] = o;
            }
        }
        System.arraycopy(k2, 0, keys, 0, n);
        System.arraycopy(o2, 0, owner, 0, n);
    }

    private static int bucket(long key, int bits) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    /**
     * The table as a bitmap of its used slots, their keys and posting counts in slot order, and the
     * postings in the same order: {@link #read} scatters them back with bulk copies and one pass over
     * the bitmap, without hashing or probing.
     */
    void write(io.interdict.core.codec.Encoder out) {
        int slots = table.length / 2;
        long[] used = new long[(slots + 63) / 64];
        int count = 0;
        long total = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (table[2 * slot + 1] != 0) {
                used[slot >>> 6] |= 1L << slot;
                count++;
                total += (int) table[2 * slot + 1];
            }
        }
        long[] keys = new long[count];
        int[] lengths = new int[count];
        int[] compact = new int[(int) total];
        for (int slot = 0, i = 0, p = 0; slot < slots; slot++) {
            long range = table[2 * slot + 1];
            if (range != 0) {
                keys[i] = table[2 * slot];
                lengths[i] = (int) range;
                System.arraycopy(postings, (int) (range >>> 32), compact, p, (int) range);
                p += (int) range;
                i++;
            }
        }
        out.writeInt(table.length).writeInt(shift).writeInt(size).writeInt(keyCount);
        out.writeLongs(used).writeLongs(keys).writeInts(lengths).writeInts(compact).writeBytes(shapes);
    }

    /**
     * The index {@link #write} wrote. The table holds keys of any kind alike; {@code consonantKeys} must
     * be what it was built with (the algorithm's choice), since a query makes its keys the same way.
     */
    static CandidateIndex read(io.interdict.core.codec.Decoder in, boolean consonantKeys) {
        int length = in.readInt();
        int shift = in.readInt();
        int size = in.readInt();
        int keyCount = in.readInt();
        long[] used = in.readLongs();
        long[] keys = in.readLongs();
        int[] lengths = in.readInts();
        int[] postings = in.readInts();
        byte[] shapes = in.readBytes();
        if (length < 32 || Integer.bitCount(length) != 1 || shift != 64 - Integer.numberOfTrailingZeros(length / 2)
                || used.length != (length / 2 + 63) / 64 || lengths.length != keys.length || size < 0
                || shapes.length != size) {
            throw new io.interdict.core.codec.Decoder.CorruptDataException("candidate index of inconsistent shape");
        }
        long[] table = new long[length];
        int i = 0;
        long p = 0;
        for (int w = 0; w < used.length; w++) {
            for (long bits = used[w]; bits != 0; bits &= bits - 1) {
                int slot = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (i >= keys.length) {
                    throw new io.interdict.core.codec.Decoder.CorruptDataException("candidate index has more slots than keys");
                }
                table[2 * slot] = keys[i];
                table[2 * slot + 1] = p << 32 | lengths[i];
                p += lengths[i];
                i++;
            }
        }
        if (i != keys.length || p != postings.length) {
            throw new io.interdict.core.codec.Decoder.CorruptDataException("candidate index postings do not match their keys");
        }
        return new CandidateIndex(table, postings, shift, size, keyCount, consonantKeys, shapes);
    }

    /** Home slot from the top bits of the (well mixed) key: keys inserted in sorted order fill the table in order. */
    private static int home(long key, int shift) {
        return (int) (key >>> shift);
    }

    /** The range of a key's postings ({@code offset << 32 | length}), or 0 when no name has it. */
    private long get(long key) {
        if (!filter.mayContain(key)) {
            return 0;
        }
        int s = home(key, shift);
        long range;
        while ((range = table[2 * s + 1]) != 0) {
            if (table[2 * s] == key) {
                return range;
            }
            s = (s + 1) & mask;
        }
        return 0;
    }

    /** The names posted under {@code key}, ascending (for tests: the search reads the postings in place). */
    int[] namesWith(long key) {
        long range = get(key);
        return Arrays.copyOfRange(postings, (int) (range >>> 32), (int) (range >>> 32) + (int) range);
    }

    public int size() {
        return size;
    }

    public int keyCount() {
        return keyCount;
    }

    /** Whether a query word read from Cyrillic looks up the listed words whose German or French spelling reads back as
     *  its own ({@link IndexKeys#HABIT}): a word of four letters or more (the read-back may be four letters shorter than a
     *  listed word of six). */
    private static boolean looksUpHabit(ScoringName query, int g, boolean cyrillic) {
        return cyrillic && query.kind[g] == TokenKind.WORD && query.text[g].length() >= 4;
    }

    /**
     * Whether some indexed name may hold both words: false only when certainly none does. A word's exact key reaches the
     * names holding it (and, through their deletions, names holding a word one letter longer), so two keys whose postings
     * share no name prove that no name holds both words; a word without a key of its own (a particle, a number) proves
     * nothing. Postings ascend by name, so one merge of the two lists decides.
     */
    boolean mayHoldBoth(String a, String b) {
        long ra = get(IndexKeys.hash(IndexKeys.EXACT, a, -1));
        long rb = get(IndexKeys.hash(IndexKeys.EXACT, b, -1));
        if (ra == 0 || rb == 0) {
            return true;
        }
        int i = (int) (ra >>> 32);
        int iEnd = i + (int) ra;
        int j = (int) (rb >>> 32);
        int jEnd = j + (int) rb;
        while (i < iEnd && j < jEnd) {
            int x = postings[i];
            int y = postings[j];
            if (x == y) {
                return true;
            }
            if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The names of recent query words: words recur from query to query. */
    private final RecentHits recent = new RecentHits();

    /** Per-thread scratch space, sized to the index: no allocation per query beyond the result. */
    private final PerThread<Scratch> scratch = PerThread.withInitial(() -> new Scratch(0));

    /**
     * The ids of at most {@code limit} names sharing keys with the query, best first by the summed
     * rarity of the query tokens they share. {@code accept} filters names (e.g. by source); null accepts all
     * (a call per name reached costs the client compiler, which does not inline it, a few percent of a query).
     */
    public int[] candidates(ScoringName query, int limit, IntPredicate accept) {
        return candidates(query, limit, accept, Form.WRITTEN);
    }

    /** What a query's form is, for the keys its words look up besides their spelling's. */
    enum Form {
        /** The query as written, or a reading of it the pipeline made: a name read from an alphabet, an abjad or an
         *  abugida (not Han, Hangul or kana) also looks up its words' consonants. */
        WRITTEN,
        /** A loanword reading of a foreign name written in Han or Hangul ({@link io.interdict.core.names.LoanwordReading}):
         *  its words also look up their consonant classes, with r and l either way, as a katakana name's do. */
        LOANWORD,
        /** A Thai name's RTGS reading ({@link io.interdict.core.names.ThaiReading}): its words also look up their
         *  consonants, as the letters' transliteration does. The names Thais write theirs in spell the letters
         *  (aspirates without h, a final ร, a final t as d or j), which RTGS reads by sound: "sitthiphan" is two
         *  edits from "Sittipunt" and their consonant classes alike, where the letters' transliteration, "siththiphanthu",
         *  keeps the silenced ธุ์. Each word is weighed by its narrowest key, as a word read from a script without
         *  vowels is ({@link #readWord}): a consonant key is shared by many names. */
        THAI_READING
    }

    /** {@link #candidates(ScoringName, int, IntPredicate)} for a query form of this kind. */
    int[] candidates(ScoringName query, int limit, IntPredicate accept, Form form) {
        boolean loanwordReading = form == Form.LOANWORD;
        Scratch s = scratch.get();
        if (s.slots.length < 2 * size) {
            s = new Scratch(size);
            scratch.set(s);
        }
        int queryStart = s.startQuery();
        int[] slots = s.slots;
        int groups = IndexKeys.tokenCount(query);
        boolean consonants = consonantKeys && query.prepared.transliterated() && (form != Form.WRITTEN
                || !CrossScript.readByReadings(query.prepared.original()) && !CrossScript.hasLatin(query.prepared.original()));
        // A foreign name in katakana: Japanese writes r and l alike, so its words also look up their consonants' classes
        // with each r read as l and back ("rabrov" ~ LAVROV), for FittedReading to read the candidates it finds.
        boolean loanword = consonantKeys && query.prepared.transliterated()
                && (loanwordReading || io.interdict.core.names.LoanwordReading.isKatakana(query.prepared.original()));
        int size = query.size();
        // A name written in a script that leaves vowels out (or implies them) has words with no key of their own among
        // Latin names: each is weighed by its narrowest key (readWord). An alphabet's reading writes its vowels.
        boolean read = consonants && (form == Form.THAI_READING || CrossScript.vowelless(query.prepared.original()));
        // A name read from Cyrillic also meets its German and French spellings (IndexKeys.HABIT): "Жуков" ~ "Schukow".
        boolean cyrillic = consonantKeys && query.prepared.transliterated() && CrossScript.cyrillic(query.prepared.original());
        for (int g = 0; g < groups; g++) {
            if (!IndexKeys.postsGroup(query, g)) {
                continue;   // no keys
            }
            // What a group's keys depend on: a word's text and kind, a glued pair's text, whether consonants count.
            String text = g < size ? query.text[g] : query.text[g - size] + query.text[g - size + 1];
            boolean habit = g < size && looksUpHabit(query, g, cyrillic);
            int flags = g < size ? query.kind[g].ordinal() << 2 | (loanword ? 2 : 0) | (consonants ? 1 : 0) | (habit ? 128 : 0)
                    : 64 | (consonants && query.kind[g - size] != TokenKind.INITIAL && query.kind[g - size + 1] != TokenKind.INITIAL ? 1 : 0);
            int token = ++s.token;
            if (read && g < size) {
                readWord(query, g, token, queryStart, s, loanword);
                continue;
            }
            // Words recur from query to query; glued pairs seldom do, and would only push words out.
            RecentHits.Entry kept = g < size ? recent.get(text, flags) : null;
            int[] hits;
            int df;
            // The names the word's own spelling reaches (its first key: the word, or a listed word one letter longer)
            // come first among its hits, the first `exact` of them.
            int exact;
            if (kept == null) {
                s.keys.clear();
                IndexKeys.tokenKeys(query, g, s.keys, consonants, consonantKeys);
                if (loanword && g < size && query.kind[g] == TokenKind.WORD) {
                    IndexKeys.liquidVariants(ConsonantReading.key(text), s.keys);
                }
                if (habit) {
                    s.keys.add(IndexKeys.habitKey(TransliterationHabits.keyHash(text, false)));
                }
                IntList found = s.tokenHits;
                found.size = 0;
                exact = 0;
                for (int k = 0; k < s.keys.size; k++) {
                    if (k == 1) {
                        exact = found.size;
                    }
                    long range = get(s.keys.keys[k]);
                    int length = (int) range;
                    // Key 0 is the token itself; a variant key (deletion, skeleton, phonetic) shared by very
                    // many names selects nothing and only costs time.
                    if (length == 0 || (k > 0 && length > MAX_VARIANT_POSTINGS)) {
                        continue;
                    }
                    int offset = (int) (range >>> 32);
                    for (int p = offset; p < offset + length; p++) {
                        int id = postings[p];
                        int stamp = slots[2 * id];
                        if (stamp != token) {
                            if (stamp <= queryStart) {   // first seen in this query
                                slots[2 * id + 1] = 0;   // the bits of 0.0f
                                s.touched.add(id);
                            }
                            slots[2 * id] = token;
                            found.add(id);
                        }
                    }
                }
                df = found.size;
                hits = found.a;
                if (s.keys.size == 1) {
                    exact = df;
                }
                if (g < size) {
                    recent.put(text, flags, found, exact);
                }
            } else {
                hits = kept.names();
                exact = kept.exact();
                df = hits.length;
                for (int i = 0; i < df; i++) {
                    int id = hits[i];
                    if (slots[2 * id] <= queryStart) {
                        slots[2 * id + 1] = 0;
                        s.touched.add(id);
                    }
                    slots[2 * id] = token;
                }
            }
            if (df == 0) {
                continue;
            }
            // Rarity of this query token among the names: a shared rare word outweighs shared common ones.
            // A name the word's own spelling reaches ranks a little above one only a variant key reaches: among the names
            // that share the query's words, or words like them ("charia": "ANSAR AL CHARIA" and a dozen spellings of
            // "ANSAR AL-SHARIA", all alike by their rarity), the names spelt as the query go first, and the cut keeps them.
            float idf = (float) Math.log(1.0 + (double) this.size / df);
            float spelt = idf * (1f + EXACT_BONUS);
            for (int i = 0; i < exact; i++) {
                int at = 2 * hits[i] + 1;
                slots[at] = Float.floatToRawIntBits(Float.intBitsToFloat(slots[at]) + spelt);
            }
            for (int i = exact; i < df; i++) {
                int at = 2 * hits[i] + 1;
                slots[at] = Float.floatToRawIntBits(Float.intBitsToFloat(slots[at]) + idf);
            }
        }
        wholeName(query, s, queryStart);
        if (consonantKeys) {
            wholeSound(query, s, queryStart);
        }
        return top(s, limit, accept, query.prepared.transliterated());
    }

    /** The names that are the query's whole name ({@link IndexKeys#wholeName}) rank above all others: {@link #WHOLE_NAME} more. */
    private void wholeName(ScoringName query, Scratch s, int queryStart) {
        if (query.size() == 0) {
            return;
        }
        long range = get(IndexKeys.wholeNameKey(query));
        int length = (int) range;
        if (length == 0) {
            return;
        }
        int[] slots = s.slots;
        int token = ++s.token;
        for (int p = (int) (range >>> 32), end = p + length; p < end; p++) {
            int id = postings[p];
            if (slots[2 * id] <= queryStart) {
                slots[2 * id + 1] = 0;
                s.touched.add(id);
            }
            slots[2 * id] = token;
            slots[2 * id + 1] = Float.floatToRawIntBits(Float.intBitsToFloat(slots[2 * id + 1]) + WHOLE_NAME);
        }
    }

    /**
     * The names the query reached that sound as its whole name ({@link IndexKeys#wholeSoundKey}) rank above the others
     * of their rarity: {@link #WHOLE_SOUND} more, less than any shared word adds. A name reached by nothing else is left
     * out: the key is coarse.
     */
    private void wholeSound(ScoringName query, Scratch s, int queryStart) {
        long key = IndexKeys.wholeSoundKey(query);
        if (key == 0) {
            return;
        }
        long range = get(key);
        if ((int) range > MAX_SOUND_POSTINGS) {
            return;   // a sound many names share ("Muhammad Ali" in every spelling): it tells none of them apart
        }
        int[] slots = s.slots;
        for (int p = (int) (range >>> 32), end = p + (int) range; p < end; p++) {
            int id = postings[p];
            if (slots[2 * id] > queryStart) {
                slots[2 * id + 1] = Float.floatToRawIntBits(Float.intBitsToFloat(slots[2 * id + 1]) + WHOLE_SOUND);
            }
        }
    }

    /**
     * The names a word read from a script without vowels (an abjad's, an abugida's) reaches, each weighed by the rarity
     * of the narrowest of its keys that reaches it. Such a word has no key of its own among Latin names, only variants
     * (its consonants, deletions, folds), and a name reached by a rare one is likelier its spelling than one reached by
     * a common one: for محمد احمدی, read "mhmd ahmdy", MOHAMMAD AHMADI is reached through "ahmdi" (14 names), every Ahmad
     * through "hmd" (hundreds). When every key is shared by more than {@link #MAX_VARIANT_POSTINGS} names ("mhmd"), the
     * narrowest one still selects, up to {@link #MAX_READ_POSTINGS}.
     */
    private void readWord(ScoringName query, int g, int token, int queryStart, Scratch s, boolean loanword) {
        s.keys.clear();
        IndexKeys.tokenKeys(query, g, s.keys, true, consonantKeys);
        if (loanword && query.kind[g] == TokenKind.WORD) {
            IndexKeys.liquidVariants(ConsonantReading.key(query.text[g]), s.keys);
        }
        if (query.kind[g] == TokenKind.WORD && CrossScript.hebrew(query.prepared.original())) {
            IndexKeys.hebrewKh(query.text[g], s.keys);
        } else if (query.kind[g] == TokenKind.WORD && CrossScript.abjad(query.prepared.original())) {
            IndexKeys.frenchCh(query.text[g], s.keys);
        }
        // The word with its final y and w read as the vowels they write ("ghfary" as "ghfari"), as written: a listed
        // word one short vowel away from it ("ghafari") has it among its deletions, which narrows "ghfr" (Ghafur too).
        if (query.kind[g] == TokenKind.WORD && !query.skeleton[g].equals(query.text[g])) {
            s.keys.add(IndexKeys.hash(IndexKeys.EXACT, query.skeleton[g], -1));
        }
        long[] ranges = s.ranges(s.keys.size);
        int n = 0;
        long narrowestWide = 0;
        for (int k = 0; k < s.keys.size; k++) {
            long range = get(s.keys.keys[k]);
            int length = (int) range;
            if (length == 0) {
                continue;
            }
            if (k > 0 && length > MAX_VARIANT_POSTINGS) {
                if (length <= MAX_READ_POSTINGS && (narrowestWide == 0 || length < (int) narrowestWide)) {
                    narrowestWide = range;
                }
                continue;
            }
            // Narrowest first (a word has a dozen keys at most): a name takes the rarity of the first key reaching it.
            int at = n++;
            while (at > 0 && (int) ranges[at - 1] > length) {
                ranges[at] = ranges[at - 1];
                at--;
            }
            ranges[at] = range;
        }
        if (n == 0 && narrowestWide != 0) {
            ranges[n++] = narrowestWide;
        }
        int[] slots = s.slots;
        for (int r = 0; r < n; r++) {
            int length = (int) ranges[r];
            int offset = (int) (ranges[r] >>> 32);
            float idf = (float) Math.log(1.0 + (double) this.size / length);
            for (int p = offset; p < offset + length; p++) {
                int id = postings[p];
                int stamp = slots[2 * id];
                if (stamp != token) {
                    if (stamp <= queryStart) {   // first seen in this query
                        slots[2 * id + 1] = 0;   // the bits of 0.0f
                        s.touched.add(id);
                    }
                    slots[2 * id] = token;
                    slots[2 * id + 1] = Float.floatToRawIntBits(Float.intBitsToFloat(slots[2 * id + 1]) + idf);
                }
            }
        }
    }

    /**
     * The best {@code limit} of the names the query reached, by rank: the summed rarity of the words they share with it,
     * then the first reached.
     * A query read from another script ({@code read}) is cut otherwise, in two ways:
     * <ul>
     *   <li>Among names of one rank, the fewer words first. Its words reach Latin names through consonant keys that
     *   thousands share ("محمد علي", read "mhmd aly", reaches every Muhammad and every Ali alike), and a name of its
     *   words and few others scores above one of many others: "ALI, Muhammad" goes before "Muhammad Ali Abdullah
     *   Bawazir". (A Latin query's words reach names by their own spelling first; its ties stay in the lists' order.
     *   Cut so too, they brought up more short names the scores flag: tuning `world` seed 7 36 -> 43 flagged, companies
     *   seed 7 61 -> 73; docs/matching-history.md, session 62.)</li>
     *   <li>It also reaches the listed names written in its own script, by their own reading, whose spelling of its words
     *   is rare among the names: they outrank every Latin spelling of them. At most half the cut goes to names read from
     *   another script while Latin names are left to fill it.</li>
     * </ul>
     */
    private int[] top(Scratch s, int limit, IntPredicate accept, boolean read) {
        Best latin = new Best(limit);
        Best inScript = read ? new Best(limit) : latin;
        int[] slots = s.slots;
        int[] touched = s.touched.a;
        byte[] shapes = this.shapes;
        for (int i = 0; i < s.touched.size; i++) {
            int id = touched[i];
            float a = Float.intBitsToFloat(slots[2 * id + 1]);
            int shape = shapes[id];
            Best into = (shape & READ) != 0 ? inScript : latin;
            int words = read ? shape & WORDS : 0;
            if (into.full() && !into.beats(a, words)) {
                continue;
            }
            if (accept != null && !accept.test(id)) {
                continue;
            }
            into.add(id, a, words);
        }
        if (!read) {
            return Arrays.copyOf(latin.ids, latin.n);
        }
        int fromScript = Math.min(inScript.n, Math.max(limit / 2, limit - latin.n));
        int fromLatin = Math.min(latin.n, limit - fromScript);
        int[] out = new int[fromScript + fromLatin];
        for (int k = 0, i = 0, j = 0; k < out.length; k++) {
            boolean takeLatin = j >= fromScript || i < fromLatin && !inScript.ranksAbove(j, latin, i);
            out[k] = takeLatin ? latin.ids[i++] : inScript.ids[j++];
        }
        return out;
    }

    /** A partial selection: the best names offered, sorted by rank ({@link #top}). */
    private static final class Best {
        final int[] ids;
        final float[] score;
        final int[] words;
        int n;

        Best(int limit) {
            ids = new int[limit];
            score = new float[limit];
            words = new int[limit];
        }

        boolean full() {
            return n == ids.length;
        }

        /** Whether a name of this rank goes before the last one held. */
        boolean beats(float a, int w) {
            return a > score[n - 1] || a == score[n - 1] && w < words[n - 1];
        }

        /** Whether this selection's {@code i}-th name ranks above {@code other}'s {@code j}-th (ties: neither). */
        boolean ranksAbove(int i, Best other, int j) {
            return score[i] > other.score[j] || score[i] == other.score[j] && words[i] < other.words[j];
        }

        void add(int id, float a, int w) {
            int pos = n < ids.length ? n++ : ids.length - 1;
            while (pos > 0 && (score[pos - 1] < a || score[pos - 1] == a && words[pos - 1] > w)) {
                ids[pos] = ids[pos - 1];
                score[pos] = score[pos - 1];
                words[pos] = words[pos - 1];
                pos--;
            }
            ids[pos] = id;
            score[pos] = a;
            words[pos] = w;
        }
    }

    /**
     * Per name, side by side so that a posting reads one cache line: the stamp of the last query token
     * that reached it ({@link #token} counts tokens over all queries; a stamp at or below the query's
     * start means not yet reached by this query) and the bits of its summed rarity.
     */
    private static final class Scratch {
        final int[] slots;
        final IntList touched = new IntList();
        final IntList tokenHits = new IntList();
        final IndexKeys.KeyBuffer keys = new IndexKeys.KeyBuffer();
        private long[] ranges = new long[16];
        int token;

        /** Scratch space for n posting ranges. */
        long[] ranges(int n) {
            if (ranges.length < n) {
                ranges = new long[Math.max(n, 2 * ranges.length)];
            }
            return ranges;
        }

        Scratch(int size) {
            slots = new int[2 * size];
        }

        /** Starts a query: the token count before its first token. */
        int startQuery() {
            if (token > Integer.MAX_VALUE - 1_000_000) {   // a query has far fewer tokens: start the count again
                Arrays.fill(slots, 0);
                token = 0;
            }
            touched.size = 0;
            tokenHits.size = 0;
            return token;
        }
    }

    static final class IntList {
        int[] a = new int[16];
        int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }
    }
}
