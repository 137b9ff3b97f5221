package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoesTest {
    @Test
    void keepsTheBestFewGroupsOnceEach() {
        long[] strong = Echoes.add(null, 7, 0.85);
        strong = Echoes.add(strong, 3, 0.95);
        strong = Echoes.add(strong, 7, 0.99);   // met again: kept once, as first met
        strong = Echoes.add(strong, 9, 0.80);
        assertThat(Echoes.groups(strong)).containsExactly(3, 7);
        strong = Echoes.add(strong, 11, 1.0);
        assertThat(Echoes.groups(strong)).containsExactly(11, 3);
    }

    @Test
    void theGroupsAlreadyScoredAreLeftOut() {
        assertThat(Echoes.less(new int[] {4, 8, 15, 16}, new int[] {16, 4})).containsExactly(8, 15);
        assertThat(Echoes.less(new int[] {1}, new int[0])).containsExactly(1);
    }
}
