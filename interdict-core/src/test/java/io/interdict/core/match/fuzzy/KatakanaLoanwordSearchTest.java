package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A foreign name written in katakana finds its listed Latin spelling among many names sharing its given name: its words
 * look up their consonant classes with r and l read either way, and the candidate is then read as the Latin name spells
 * it (セルゲイ・ラブロフ ~ "LAVROV, Sergei").
 */
class KatakanaLoanwordSearchTest {
    @Test
    void aKatakanaNameFindsTheListedNameWhoseLAndRItWritesAlike() {
        assertThat(finds("LAVROV, Sergei", "セルゲイ・ラブロフ")).isTrue();
        assertThat(finds("PRIGOZHIN, Evgeny", "エフゲニー・プリゴジン")).isTrue();
    }

    @Test
    void anotherFamilyNameInKatakanaIsNotThatPerson() {
        assertThat(finds("LAVROV, Sergei", "セルゲイ・イワノフ")).isFalse();
    }

    @Test
    void eachRAndLOfAWordsConsonantClassesIsLookedUpBothWays() {
        IndexKeys.KeyBuffer b = new IndexKeys.KeyBuffer();
        IndexKeys.liquidVariants("rbrb", b);
        assertThat(b.size).isEqualTo(4);
        long[] keys = java.util.Arrays.copyOf(b.keys, b.size);
        assertThat(keys).contains(IndexKeys.hash('%', "lbrb", -1), IndexKeys.hash('%', "rblb", -1));
        IndexKeys.KeyBuffer none = new IndexKeys.KeyBuffer();
        IndexKeys.liquidVariants("bkn", none);
        assertThat(none.size).isEqualTo(1);
    }

    private static boolean finds(String listed, String query) {
        return Namesakes.finds(listed, query, "Sergei", "Evgeny");
    }
}
