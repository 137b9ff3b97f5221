package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names as Latvian and Lithuanian write them, read without their nominative endings. */
class BalticNominativeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Latvian: -s after the stem (-js for й), -š; diacritics folded
        "Dmitrijs Medvedevs|dmitrij medvedev",
        "Jevgeņijs Prigožins|jevgenij prigozin",
        "Džordžs Bušs|dzordz bus",
        // Lithuanian: -as, -us, -is after a consonant; a word without an s ending stays (Lukašenka)
        "Dmitrijus Medvedevas|dmitrij medvedev",
        "Aleksandras Lukašenka|aleksandr lukasenka",
        "Kārlis Ozols|karl ozol"
    })
    void aBalticNameLosesItsNominativeEndings(String name, String reading) {
        assertThat(BalticNominative.reading(name)).isEqualTo(reading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"James Jones", "Thomas Harris", "Douglas Adams", "Lavrovs", "Marija Zaharova", "Thomas Müller", ""})
    void aNameThatShowsNothingBalticIsNotRead(String name) {
        assertThat(BalticNominative.reading(name)).isNull();
    }
}
