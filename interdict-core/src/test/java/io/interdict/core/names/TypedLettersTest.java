package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Digits and signs typed for letters, read as the letters ({@link TypedLetters}). */
class TypedLettersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "V1ad1m1r Put1n|Vladimir Putin",
        "0SAMA BIN L4DEN|OSAMA BIN LADEN",
        "Ramzan Kadyr0v|Ramzan Kadyrov",
        "H4MAS|HAMAS",
        "R0SNEFT|ROSNEFT",
        "YUN H0-J1N|YUN HO-JIN",
        "QADH4F!|QADHAFI",
        "PARS 7R45H|PARS TRASH",
        "JÚ1I0|JÚLIO",
        "NURU114H|NURULLAH",
    })
    void digitsAndSignsInsideAWordAreTheLetters(String written, String read) {
        assertThat(TypedLetters.digits(written)).isEqualTo(read);
    }

    @Test
    void numbersAreNotRead() {
        assertThat(TypedLetters.digits("Marrowgate Leasing 3 Ltd")).as("a word of digits").isNull();
        assertThat(TypedLetters.digits("Nitr0jen26")).as("another digit in the word").isNull();
        assertThat(TypedLetters.digits("Airbus A320")).as("three digits together, one letter").isNull();
        assertThat(TypedLetters.digits("Q8 Oils")).as("8 is typed for no letter here").isNull();
        assertThat(TypedLetters.digits("Henry Ford 3rd")).as("an ordinal").isNull();
        assertThat(TypedLetters.digits("Louis 1er, 4th Battalion")).isNull();
        assertThat(TypedLetters.digits("KIM KWANG 11")).isNull();
        assertThat(TypedLetters.digits("Vladimir Putin")).isNull();
        assertThat(TypedLetters.digits(null)).isNull();
    }

    @Test
    void aOneIsReadAsTheLetterThatMakesAKnownWord() {
        assertThat(TypedLetters.digits("4L1 K0NY")).as("l before a vowel, else i").isEqualTo("ALI KONY");
        assertThat(TypedLetters.digits("A11 KONY")).as("before a 1 read i").isEqualTo("ALI KONY");
        assertThat(TypedLetters.digits("K11 KONY")).isEqualTo("KLI KONY");
        assertThat(TypedLetters.digits("K11 KONY", Set.of("kil", "kony")::contains)).isEqualTo("KIL KONY");
        assertThat(TypedLetters.digits("W01", Set.of("wol")::contains)).isEqualTo("WOL");
        assertThat(TypedLetters.digits("W01", Set.of("other")::contains)).as("no word known: as by default").isEqualTo("WOI");
    }

    @Property(tries = 500)
    void aReadingChangesOnlyDigitsAndSignsEachIntoALetter(@ForAll String name) {
        String read = TypedLetters.digits(name);
        if (read == null) {
            return;
        }
        assertThat(read).hasSameSizeAs(name);
        for (int i = 0; i < name.length(); i++) {
            if (read.charAt(i) != name.charAt(i)) {
                assertThat("0123457@$!").contains(String.valueOf(name.charAt(i)));
                assertThat(Character.isLetter(read.charAt(i))).isTrue();
            }
        }
    }
}
