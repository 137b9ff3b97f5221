package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words written in look-alike letters of two alphabets, read in one ({@link LookalikeLetters}). */
class LookalikeLettersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Cyrillic А, В, Ѕ, Н and a Latin R: a Latin name written to slip past a screening
        "\u0412\u0410\u0405\u041D\u0410R \u0410L-\u0410\u0405\u0405\u0410D|BASHAR AL-ASSAD",
        // one Cyrillic а in a Latin word
        "Vl\u0430dimir Putin|Vladimir Putin",
        // a Greek Eta
        "\u0397ezbollah|Hezbollah",
        // a word of Cyrillic look-alikes beside a Latin one: read in Latin too
        "\u0422\u041D\u041E\u041C\u0410\u0405 LUBANGA|THOMAS LUBANGA",
        // "СІІЅЕ", all Cyrillic, beside a mixed word of a name mostly Cyrillic
        "\u041C\u0410\u0425AMED \u0421\u0406\u0406\u0405\u0415|MAXAMED CIISE",
        // a name of a Latin word and words of Cyrillic look-alikes, most of its letters Cyrillic
        "\u0421\u041D\u041E\u0415 CHUN-\u0405\u0406\u041A|CHOE CHUN-SIK",
        // Armenian and Cherokee look-alikes
        "M\u0585hamed \u13DAALEH|Mohamed SALEH",
        // Latin "e" and "p" typed in a Cyrillic word are its Cyrillic letters (б is no Latin letter)
        "\u0421\u0431ep\u0431\u0430\u043D\u043A|\u0421\u0431\u0435\u0440\u0431\u0430\u043D\u043A",
    })
    void aWordOfTwoAlphabetsIsReadInOne(String written, String read) {
        assertThat(LookalikeLetters.letters(written)).isEqualTo(read);
    }

    @Test
    void namesOfOneAlphabetAreNotRead() {
        assertThat(LookalikeLetters.letters("Vladimir Putin")).isNull();
        assertThat(LookalikeLetters.letters("Владимир Путин")).isNull();
        assertThat(LookalikeLetters.letters("ВЕРА")).as("Cyrillic letters that all look Latin, alone").isNull();
        assertThat(LookalikeLetters.letters("Αλέξανδρος")).isNull();
        assertThat(LookalikeLetters.letters(null)).isNull();
    }

    @Test
    void aCyrillicNameBesideALatinOneKeepsItsLetters() {
        assertThat(LookalikeLetters.letters("Ivan Petrov \u0418\u0432\u0430\u043D")).as("И looks like no Latin letter").isNull();
        assertThat(LookalikeLetters.letters("\u041E\u041E\u041E \u0421\u0431\u0435\u0440\u0431\u0430\u043D\u043A Sber"))
                .as("б, н, к look like no Latin letter: the Cyrillic words stay").isNull();
        assertThat(LookalikeLetters.letters("Thomas (\u0422\u041E\u041C\u0410\u0421)")).as("in brackets: its own script")
                .isNull();
    }

    @Test
    void theLatinLetterOfTheSameCase() {
        // Latin I and l share one skeleton; the Cyrillic capital І is read as the capital I
        assertThat(LookalikeLetters.letters("\u0406BRAHIM")).isEqualTo("IBRAHIM");
        assertThat(LookalikeLetters.letters("\u0456brahim")).isEqualTo("ibrahim");
    }

    /** Latin letters and look-alikes of them (Cyrillic and Greek), as a disguise picks them: each in Unicode's
     *  confusables data. */
    private static final String[][] LOOKALIKES = {
        {"a", "\u0430"}, {"c", "\u0441"}, {"e", "\u0435"}, {"o", "\u043E"}, {"p", "\u0440"}, {"x", "\u0445"},
        {"y", "\u0443"}, {"i", "\u0456"}, {"j", "\u0458"}, {"s", "\u0455"}, {"h", "\u04BB"},
        {"A", "\u0410"}, {"B", "\u0412"}, {"C", "\u0421"}, {"E", "\u0415"}, {"H", "\u041D"}, {"I", "\u0406"},
        {"K", "\u041A"}, {"M", "\u041C"}, {"O", "\u041E"}, {"P", "\u0420"}, {"T", "\u0422"}, {"X", "\u0425"},
        {"N", "\u039D"}, {"Z", "\u0396"}, {"v", "\u03BD"}, {"Y", "\u03A5"}};

    @Provide
    Arbitrary<String> latinNames() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdehijkmnoprstuvxyzABCEHIKMNOPTXYZ").ofMinLength(2).ofMaxLength(9);
        return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 400)
    void aLatinNameWithAtMostHalfItsLettersDisguisedIsReadBack(@ForAll("latinNames") String name, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder b = new StringBuilder(name);
        int letters = name.replace(" ", "").length();
        int replaced = 0;
        for (int i = 0; i < b.length() && 2 * (replaced + 1) <= letters; i++) {
            for (String[] l : LOOKALIKES) {
                if (b.charAt(i) == l[0].charAt(0) && random.nextBoolean()) {
                    b.setCharAt(i, l[1].charAt(0));
                    replaced++;
                    break;
                }
            }
        }
        String disguised = b.toString();
        assertThat(LookalikeLetters.letters(disguised)).isEqualTo(replaced == 0 ? null : name);
    }

    @Property(tries = 500)
    void aReadingChangesOnlyLettersEachIntoALetter(@ForAll String name) {
        String read = LookalikeLetters.letters(name);
        if (read == null) {
            return;
        }
        assertThat(read).hasSameSizeAs(name);
        for (int i = 0; i < name.length(); i++) {
            if (read.charAt(i) != name.charAt(i)) {
                assertThat(Character.isLetter(name.charAt(i))).isTrue();
                assertThat(Character.isLetter(read.charAt(i))).isTrue();
            }
        }
    }
}
