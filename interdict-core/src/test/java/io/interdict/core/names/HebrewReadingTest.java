package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class HebrewReadingTest {
    private static final double REVIEW = 0.8;

    @Test
    void alefAndAyinReadAsTheVowelTheyCarry() {
        assertThat(HebrewReading.read("עזרא")).isEqualTo("\u05B7\u05D6\u05E8\u05D0");   // inside a word the vowel is free anyway
        assertThat(InterdictV2.compare("עזרא", "Ezra", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("עומר", "Omer", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("עומר", "Moran", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void gereshLettersReadAsTheSoundsTheyMark() {
        assertThat(HebrewReading.read("ג'ורג'")).isEqualTo("\u062C\u05D5\u05E8\u062C");
        assertThat(HebrewReading.read("צ׳רלי")).isEqualTo("\u0686\u05E8\u05DC\u05D9");
        assertThat(InterdictV2.compare("צ'רלי", "Charlie", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("ז'אן רוסו", "Jean Rousseau", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // without the geresh the letter is what it is: זאן is no "Jean"
        assertThat(InterdictV2.compare("זאן רוסו", "Jean Rousseau", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aFinalHeIsTheVowelItMarks() {
        assertThat(HebrewReading.read("נועה")).isEqualTo("\u05E0\u05D5\u05E2\u05B7");
        assertThat(InterdictV2.compare("רבקה כהן", "Rivka Cohen", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("זהבה גלאון", "Zehava Galon", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("שרה לוי", "Sarah Levi", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // inside a word a he is a consonant; a final het (ח) is one too; a word of two letters is left as it is
        assertThat(HebrewReading.read("אהרן")).isEqualTo("\u05B7\u05D4\u05E8\u05DF");
        assertThat(HebrewReading.read("צמח")).isNull();
        assertThat(HebrewReading.read("מה")).isNull();
        // the vowel it stands for is no consonant a Latin name may need: "nwa" is not "Noah" with another given name
        assertThat(InterdictV2.compare("נועה כהן", "Nir Cohen", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aNameWithoutThoseLettersReadsAsWritten() {
        assertThat(HebrewReading.read("דוד")).isNull();
        assertThat(HebrewReading.isHebrew("דוד")).isTrue();
        assertThat(HebrewReading.isHebrew("David")).isFalse();
    }
}
