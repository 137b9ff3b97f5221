package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterSpellingsTest {
    @Test
    void cyrillicInTheGermanFrenchAndUkrainianSpellings() {
        for (String s : new String[] {"zhukov", "schukow", "joukov"}) {
            assertThat(LetterSpellings.spells("Жуков", s)).as(s).isTrue();
        }
        for (String s : new String[] {"chaykin", "tschaikin", "tchaikin"}) {
            assertThat(LetterSpellings.spells("Чайкин", s)).as(s).isTrue();
        }
        assertThat(LetterSpellings.spells("Олексій", "oleksii")).isTrue();    // Ukrainian national: і i, й i
        assertThat(LetterSpellings.spells("Олексій", "oleksiy")).isTrue();
        assertThat(LetterSpellings.spells("Галина", "halyna")).isTrue();      // г h, и y
        assertThat(LetterSpellings.spells("Алексей", "alexei")).isTrue();     // кс x
        assertThat(LetterSpellings.spells("Горький", "gorki")).isTrue();      // ь and a final й unwritten
    }

    @Test
    void armenianInBgnPcgnAndTheUsualSurnameEndings() {
        assertThat(LetterSpellings.spells("Սարգսյան", "sargsyan")).isTrue();
        assertThat(LetterSpellings.spells("Սարգսյան", "sargsian")).isTrue();
        assertThat(LetterSpellings.spells("Պետրոսյան", "bedrosian")).isTrue();   // Western Armenian p/b, t/d
        assertThat(LetterSpellings.spells("Ազնավուրյան", "aznavourian")).isTrue();
    }

    @Test
    void otherWordsAndScriptsDoNotSpellIt() {
        assertThat(LetterSpellings.spells("Жуков", "zhukovsky")).isFalse();
        assertThat(LetterSpellings.spells("Жуков", "chukov")).isFalse();
        assertThat(LetterSpellings.spells("Иван", "ivana")).isFalse();
        assertThat(LetterSpellings.spellable("محمد")).isFalse();
        assertThat(LetterSpellings.spellable("Ivan")).isFalse();
    }
}
