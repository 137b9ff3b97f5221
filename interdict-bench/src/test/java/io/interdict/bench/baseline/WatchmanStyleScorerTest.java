package io.interdict.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline scores as its description says: Jaro-Winkler as published, best token pairs, brute force. */
class WatchmanStyleScorerTest {
    final WatchmanStyleScorer scorer = new WatchmanStyleScorer(List.of(
            new String[] {"e:1", "MAHAN AIR"}, new String[] {"e:1", "Mahan Airlines"},
            new String[] {"e:2", "HUSSEIN, Saddam"}, new String[] {"e:3", "John Bartholomew Doe"}, new String[] {"e:4", "John Doe"}));

    @Test
    void jaroWinklerHasTheTextbookValues() {
        // Winkler's examples (boost threshold 0.7, prefix of at most 4, scale 0.1).
        assertThat(scorer.jaroWinkler("martha".toCharArray(), "marhta".toCharArray())).isCloseTo(0.9611, within(1e-4));
        assertThat(scorer.jaroWinkler("dwayne".toCharArray(), "duane".toCharArray())).isCloseTo(0.84, within(1e-4));
        assertThat(scorer.jaroWinkler("dixon".toCharArray(), "dicksonx".toCharArray())).isCloseTo(0.8133, within(1e-4));
        assertThat(scorer.jaroWinkler("abc".toCharArray(), "xyz".toCharArray())).isZero();
    }

    @Test
    void namesAreNormalisedOnceAndReorderedFromLastCommaFirst() {
        assertThat(WatchmanStyleScorer.normalise("Müller-Lüdenscheidt, A.")).isEqualTo("muller ludenscheidt a");
        assertThat(WatchmanStyleScorer.reorder("HUSSEIN, Saddam")).isEqualTo("Saddam HUSSEIN");
        assertThat(scorer.search("Saddam Hussein", 1).get(0).entityId()).isEqualTo("e:2");
        assertThat(scorer.search("Saddam Hussein", 1).get(0).score()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void eachEntityScoresByItsBestNameAndUnmatchedListWordsLowerTheScore() {
        List<WatchmanStyleScorer.Hit> hits = scorer.search("Mahaan Air", 5);
        assertThat(hits.get(0).entityId()).isEqualTo("e:1");
        assertThat(hits.get(0).name()).isEqualTo("MAHAN AIR");
        assertThat(hits.stream().map(WatchmanStyleScorer.Hit::entityId)).doesNotHaveDuplicates();
        List<WatchmanStyleScorer.Hit> doe = scorer.search("John Doe", 2);
        assertThat(doe.get(0).entityId()).isEqualTo("e:4");
        assertThat(doe.get(1).entityId()).isEqualTo("e:3");
        assertThat(doe.get(1).score()).isLessThan(doe.get(0).score());
    }
}
