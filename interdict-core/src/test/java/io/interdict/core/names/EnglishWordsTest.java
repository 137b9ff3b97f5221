package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The common English words read to tell a body's own name from a word of the language (english-words.txt, SCOWL). */
class EnglishWordsTest {
    @Test
    void wordsOfTheLanguage() {
        assertThat(EnglishWords.holds("total")).isTrue();
        assertThat(EnglishWords.holds("casino")).isTrue();
        assertThat(EnglishWords.holds("aardvark")).as("the table's first word").isTrue();
    }

    @Test
    void notBodiesOwnNamesNorProperNames() {
        assertThat(EnglishWords.holds("rostec")).isFalse();
        assertThat(EnglishWords.holds("kaspersky")).isFalse();
        assertThat(EnglishWords.holds("jennifer")).as("SCOWL keeps proper names apart").isFalse();
    }

    @Test
    void fourLettersOrMore() {
        assertThat(EnglishWords.holds("the")).isFalse();
        assertThat(EnglishWords.holds("")).isFalse();
    }
}
