package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanCyrillicSpellingTest {
    @Test
    void koreanNamesAsRussianWritesThemAreSpeltAsKoreansSpellThem() {
        assertThat(KoreanCyrillicSpelling.spells("Чен", "jong")).isTrue();      // the older spelling of 정
        assertThat(KoreanCyrillicSpelling.spells("Чон", "jong")).isTrue();      // Kontsevich's
        assertThat(KoreanCyrillicSpelling.spells("Чон", "chun")).isTrue();      // 전 as Chun Doo-hwan spelt it
        assertThat(KoreanCyrillicSpelling.spells("Ын", "un")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Ын", "eun")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Ир", "il")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Сен", "sung")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Чжэин", "jaein")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Чхве", "choe")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Рён", "ryong")).isTrue();
        assertThat(KoreanCyrillicSpelling.spells("Ёнчхоль", "yongchol")).isTrue();
    }

    @Test
    void otherSyllablesAreNot() {
        assertThat(KoreanCyrillicSpelling.spells("Чен", "il")).isFalse();
        assertThat(KoreanCyrillicSpelling.spells("Ын", "il")).isFalse();
        assertThat(KoreanCyrillicSpelling.spells("Ким", "park")).isFalse();
        assertThat(KoreanCyrillicSpelling.spells("Сен", "chol")).isFalse();
    }

    @Test
    void onlyWordsOfKoreanSyllablesAreReadSo() {
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Ким", "Чен", "Ын"})).isTrue();
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Мун", "Чжэ", "Ин"})).isTrue();
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Владимир", "Путин"})).isFalse();
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Ким"})).isFalse();
        // Russian names of Korean syllables have a word of three, or no word of one
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Алла", "Турова"})).isFalse();
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Анна", "Ли"})).isTrue();
        assertThat(KoreanCyrillicSpelling.korean(new String[] {"Анна", "Рома"})).isFalse();
        assertThat(KoreanCyrillicSpelling.reading("Чхве Рён Хэ")).isEqualTo("choe ryon hae");
        assertThat(KoreanCyrillicSpelling.reading("Ким Jong")).isNull();
        assertThat(KoreanCyrillicSpelling.units("Петров")).isNull();
        assertThat(KoreanCyrillicSpelling.units("Ст")).isNull();
        assertThat(KoreanCyrillicSpelling.firstLetters("Чен") & (1 << ('j' - 'a'))).isNotZero();
        assertThat(KoreanCyrillicSpelling.firstLetters("Петров")).isZero();
    }

    @Test
    void aNameIsSpeltInTheWordsTheListsHoldMostHeldFirst() {
        java.util.Map<String, Integer> held = java.util.Map.of("kim", 900, "jong", 300, "chong", 40, "un", 60, "eun", 5);
        assertThat(KoreanCyrillicSpelling.listedSpellings("Ким Чен Ын", w -> held.getOrDefault(w, 0), 2))
                .containsExactly("kim jong un", "kim chong eun");
        // a word none of whose spellings is held keeps the reading's
        assertThat(KoreanCyrillicSpelling.listedSpellings("Ким Чен Ын", w -> w.equals("kim") ? 1 : 0, 2))
                .containsExactly("kim jen eun");
        // a name not of a Korean name's shape has none
        assertThat(KoreanCyrillicSpelling.listedSpellings("Владимир Путин", w -> 1, 2)).isEmpty();
    }
}
