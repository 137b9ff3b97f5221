package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The candidate index posts each key with exactly the names whose words (or glued pairs, or whole name) give it. */
class CandidateIndexPostingsTest {
    /** Words that repeat across names and within one ("kim kim"), glue into others' words ("abd" "allah"), share
     *  keys by their sounds ("smith" ~ "smyth") and are short enough to post few keys ("li"). */
    private static final String[] WORDS = {"kim", "jong", "un", "smith", "smyth", "abd", "allah", "abdallah", "li",
        "wang", "hassan", "hasan", "trading", "company", "al", "7", "j", "petrov", "petrova", "maria"};

    @Property(tries = 40)
    void everyKeyPostsTheNamesThatGiveItAscendingAndOnce(@ForAll long seed) {
        Random r = new Random(seed);
        List<ScoringName> names = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(400); i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0, words = 1 + r.nextInt(4); w < words; w++) {
                sb.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            names.add(ScoringName.of(sb.toString(), i % 3 == 0 ? Schema.ORGANIZATION : Schema.PERSON));
        }
        boolean consonants = r.nextBoolean();
        // The postings worked out naively, name by name. A word's keys are those of the word's first name in the lists
        // (the build works them out once per word text, and whether it has a phonetic code, or per glued pair).
        Map<String, long[]> keysOfWord = new java.util.HashMap<>();
        Map<Long, TreeSet<Integer>> expected = new TreeMap<>();
        for (int id = 0; id < names.size(); id++) {
            ScoringName n = names.get(id);
            if (n.size() > 0) {
                expected.computeIfAbsent(IndexKeys.wholeNameKey(n), k -> new TreeSet<>()).add(id);
                long sound = consonants ? IndexKeys.wholeSoundKey(n) : 0;
                if (sound != 0) {   // interdict-v2's: the words' sounds
                    expected.computeIfAbsent(sound, k -> new TreeSet<>()).add(id);
                }
            }
            for (int g = 0; g < IndexKeys.tokenCount(n); g++) {
                IndexKeys.KeyBuffer b = new IndexKeys.KeyBuffer();
                IndexKeys.tokenKeys(n, g, b, consonants, consonants, consonants);
                if (b.size == 0) {
                    continue;   // a word posted under no key (a particle): it does not stand for the word's others
                }
                String word = g >= n.size() ? "glued " + n.text[g - n.size()] + n.text[g - n.size() + 1]
                        : (n.phonetic[g] != null && n.phonetic[g].length() >= 4 ? "coded " : "plain ") + n.text[g];
                long[] keys = keysOfWord.computeIfAbsent(word, w -> java.util.Arrays.copyOf(b.keys, b.size));
                for (long key : keys) {
                    expected.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
                }
            }
        }
        CandidateIndex index = CandidateIndex.build(names, consonants);
        assertThat(index.keyCount()).isEqualTo(expected.size());
        for (Map.Entry<Long, TreeSet<Integer>> e : expected.entrySet()) {
            assertThat(index.namesWith(e.getKey())).as("key %x", e.getKey())
                    .containsExactly(e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
