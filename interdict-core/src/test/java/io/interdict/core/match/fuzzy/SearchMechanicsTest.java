package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search's shortcuts (incremental deletion hashes, the key filter, the pair memo) change nothing they stand for. */
class SearchMechanicsTest {
    @Test
    void deletionKeysAreTheHashesOfTheTokenWithoutEachLetter() {
        for (String word : List.of("abrahamsen", "ingeborg", "mohammad", "aaab", "kim", "alla", "bbbb", "zelenskyy")) {
            ScoringName n = ScoringName.of(word, Schema.PERSON);
            IndexKeys.KeyBuffer keys = new IndexKeys.KeyBuffer();
            IndexKeys.tokenKeys(n, 0, keys);
            List<Long> expected = new ArrayList<>();
            expected.add(IndexKeys.hash('-', word, -1));
            for (int i = 0; word.length() >= IndexKeys.MIN_DELETE_LENGTH && i < word.length(); i++) {
                if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                    expected.add(IndexKeys.hash('-', word, i));
                }
            }
            List<Long> deletions = new ArrayList<>();
            for (int k = 0; k < expected.size(); k++) {
                deletions.add(keys.keys[k]);
            }
            assertThat(deletions).as(word).isEqualTo(expected);
        }
    }

    @Test
    void theKeyFilterNeverRefusesAKeyTheTableHolds() {
        Random r = new Random(7);
        int count = 5000;
        long[] table = new long[2 * 16384];
        long[] held = new long[count];
        for (int i = 0; i < count; i++) {
            held[i] = r.nextLong();
            table[2 * i] = held[i];
            table[2 * i + 1] = 1;   // a non-empty posting range
        }
        KeyFilter f = KeyFilter.of(table, count);
        for (long k : held) {
            assertThat(f.mayContain(k)).isTrue();
        }
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            refused += f.mayContain(r.nextLong()) ? 0 : 1;
        }
        assertThat(refused).as("keys the table lacks, refused of 10,000").isGreaterThan(8_000);
    }

    @Test
    void theSearchFindsTheSameWithItsRecentWordsKept() {
        List<ScoringName> names = new ArrayList<>();
        for (String s : List.of("JOHN SMITH", "JON SMYTH", "MARIA GARCIA", "JOHN GARCIA", "SMITH JOHNSON", "JOHNSMITH LTD")) {
            names.add(ScoringName.of(s, Schema.UNKNOWN));
        }
        CandidateIndex index = CandidateIndex.build(names, true);
        ScoringName q = ScoringName.of("John Smith", Schema.UNKNOWN);
        int[] first = index.candidates(q, 4, id -> true);
        int[] again = index.candidates(q, 4, id -> true);
        int[] other = index.candidates(ScoringName.of("Maria Garcia", Schema.UNKNOWN), 4, id -> true);
        assertThat(again).containsExactly(first);
        assertThat(first).startsWith(0);
        assertThat(index.candidates(q, 4, id -> true)).containsExactly(first);
        assertThat(other).startsWith(2);
    }

    @Test
    void thePairMemoGivesTheSimilarityItKeeps() {
        ScoringName q = ScoringName.of("Mohammad Ali Rezaei", Schema.PERSON);
        PairMemo memo = new PairMemo(4).start(q);   // pairs collide and evict each other
        for (String c : List.of("MOHAMED ALI REZAI", "ALI MOHAMMED", "MUHAMMAD REZAEI", "ALI REZAEI", "MOHAMED ALI REZAI")) {
            ScoringName cn = ScoringName.of(c, Schema.PERSON);
            TokenAlignment.Alignment plain = TokenAlignment.align(q, cn, true, WordOpinions.SHORT, null);
            TokenAlignment.Alignment kept = TokenAlignment.align(q, cn, true, WordOpinions.SHORT, null, memo);
            assertThat(kept.ma).as(c).containsExactly(plain.ma);
            assertThat(kept.pairOf).as(c).containsExactly(plain.pairOf);
        }
    }
}
