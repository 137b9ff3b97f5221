package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A country named after a name, in a part of its own. */
class CountryTailTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MAHAN AIR, Iran|MAHAN AIR|Iran",
        "Rosoboronexport JSC; Russia|Rosoboronexport JSC|Russia",
        "Müller GmbH, Deutschland|Müller GmbH|Deutschland",
        "ACME SA, Emiratos Árabes Unidos|ACME SA|Emiratos Árabes Unidos",
        "SMITH, John, United Kingdom|SMITH, John|United Kingdom",
    })
    void aCountryInALastPartIsSetApart(String written, String name, String country) {
        assertThat(CountryTail.nameBefore(written)).isEqualTo(name);
        assertThat(CountryTail.country(written)).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "BANK MELLI IRAN",          // the country is a word of the name, not a part of its own
        "MAHAN AIR, Tehran",        // a city is no country
        "Iran",                     // nothing before it
        "MAHAN AIR, UAE",           // an abbreviation: not in CLDR's names
        "SMITH, John",
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(CountryTail.nameBefore(written)).isNull();
    }
}
