package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanNameSpellingTest {
    private static boolean spells(String hangul, String latin) {
        int[] cps = hangul.codePoints().toArray();
        return KoreanNameSpelling.spells(cps, 0, cps.length, latin);
    }

    @Test
    void givenNamesInThePopularSpellings() {
        for (String s : new String[] {"minjun", "minjoon", "minchun"}) {
            assertThat(spells("민준", s)).as(s).isTrue();
        }
        for (String s : new String[] {"seoyeon", "suyun", "soyon", "seoyoun"}) {
            assertThat(spells("서연", s)).as(s).isTrue();
        }
        for (String s : new String[] {"jihun", "jihoon", "chihun"}) {
            assertThat(spells("지훈", s)).as(s).isTrue();
        }
        assertThat(spells("영수", "youngsoo")).isTrue();
        assertThat(spells("영수", "yeongsu")).isTrue();
        assertThat(spells("우진", "woojin")).isTrue();
        assertThat(spells("신", "shin")).isTrue();
        assertThat(spells("인", "ihn")).isTrue();
        assertThat(spells("희", "hee")).isTrue();
        assertThat(spells("경", "kyung")).isTrue();
    }

    @Test
    void otherSyllablesDoNotSpellIt() {
        assertThat(spells("민준", "minji")).isFalse();
        assertThat(spells("서연", "seojun")).isFalse();
        assertThat(spells("구", "kwoo")).isFalse();   // "woo" is 우 alone
        assertThat(spells("지훈", "jihung")).isFalse();   // ㄴ is no ng
        assertThat(spells("지훈", "ji")).isFalse();
    }
}
