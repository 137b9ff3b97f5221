package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinalsTest {
    @Test
    void wordsToDigits() {
        assertThat(Ordinals.inDigits("Seventh Sea Shipping")).isEqualTo("7th Sea Shipping");
        assertThat(Ordinals.inDigits("Twenty-First Century Holdings")).isEqualTo("21st Century Holdings");
        assertThat(Ordinals.inDigits("TWENTY SECOND BRIGADE")).isEqualTo("22nd BRIGADE");
        assertThat(Ordinals.inDigits("Thirtieth Street")).isEqualTo("30th Street");
        assertThat(Ordinals.inDigits("Firstly Trading")).as("only a whole word").isNull();
        assertThat(Ordinals.inDigits("Acme Trading")).isNull();
    }

    @Test
    void digitsToWords() {
        assertThat(Ordinals.inWords("7TH OF TIR")).isEqualTo("seventh OF TIR");
        assertThat(Ordinals.inWords("21st Century")).isEqualTo("twenty-first Century");
        assertThat(Ordinals.inWords("11th Hour 12th Night")).isEqualTo("eleventh Hour twelfth Night");
        assertThat(Ordinals.inWords("2th Harbour")).as("not its own suffix").isNull();
        assertThat(Ordinals.inWords("Brigade 313")).isNull();
    }

    @Test
    void ordinalsAsNumbers() {
        assertThat(Ordinals.asNumbers("Nikolai the Second")).isEqualTo("Nikolai 2");
        assertThat(Ordinals.asNumbers("Benedict 16th")).isEqualTo("Benedict 16");
        assertThat(Ordinals.asNumbers("Henry Ford 2nd")).isEqualTo("Henry Ford 2");
        assertThat(Ordinals.asNumbers("Seventh Sea Shipping")).isEqualTo("7 Sea Shipping");
        assertThat(Ordinals.asNumbers("Theodore 2th")).as("not its own suffix").isNull();
        assertThat(Ordinals.asNumbers("Henry Ford II")).as("no ordinal").isNull();
        assertThat(Ordinals.asNumbers("Breathe Second")).as("the word 'the' alone").isEqualTo("Breathe 2");
    }
}
