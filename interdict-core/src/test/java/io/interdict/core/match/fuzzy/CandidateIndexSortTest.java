package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CandidateIndexSortTest {

    /** Keys as the index makes them (mixed hashes), with repeats, the extremes and keys that share their top bits. */
    @Provide
    Arbitrary<List<Long>> keys() {
        Arbitrary<Long> any = Arbitraries.longs();
        Arbitrary<Long> few = Arbitraries.of(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 0x00FF_0000_0000_0001L,
                0x00FF_0000_0000_0000L, 0x8000_0000_0000_0001L);
        Arbitrary<Long> sameTop = Arbitraries.longs().between(0, 1 << 20).map(k -> 0x1234_0000_0000_0000L | k);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, any), net.jqwik.api.Tuple.of(2, few), net.jqwik.api.Tuple.of(3, sameTop))
                .list().ofMaxSize(3000);
    }

    @Property(tries = 300)
    void sortsAsSignedLongsAndKeepsTheOrderOfEqualKeys(@ForAll("keys") List<Long> input) {
        int n = input.size();
        long[] keys = new long[n];
        int[] owner = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = input.get(i);
            owner[i] = i;   // ascending, as the index makes them: a stable sort keeps them ascending within a key
        }
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            expected[i] = i;
        }
        Arrays.sort(expected, Comparator.comparingLong((Integer i) -> keys[i]));   // stable (merge sort of objects)
        long[] expectedKeys = new long[n];
        int[] expectedOwner = new int[n];
        for (int i = 0; i < n; i++) {
            expectedKeys[i] = keys[expected[i]];
            expectedOwner[i] = expected[i];
        }

        CandidateIndex.sortByKey(keys, owner);

        assertThat(keys).containsExactly(expectedKeys);
        assertThat(owner).containsExactly(expectedOwner);
    }
}
