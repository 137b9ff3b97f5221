package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An organisation's acronym read as the words of the other name it stands for (own examples). */
class AcronymsTest {
    @ParameterizedTest(name = "{0} stands for {2} in {1}")
    @CsvSource(delimiter = '|', value = {
        "IRISL|Islamic Republic of Iran Shipping Lines|Islamic Republic of Iran Shipping Lines",   // a linking word gives none
        "PDVSA|Petróleos de Venezuela S.A.|Petróleos de Venezuela S.A.",   // ... or its letter; an initialism all of its own
        "ICBC|Industrial and Commercial Bank of China|Industrial and Commercial Bank of China",
        "I.R.G.C.|Islamic Revolutionary Guard Corps|Islamic Revolutionary Guard Corps",   // written with full stops
        "PMC Wagner|Private Military Company Wagner|Private Military Company",            // a word of a longer name
        "SMIC|Semiconductor Manufacturing International Corporation, Shanghai|Semiconductor Manufacturing International Corporation",
    })
    void anAcronymIsReadAsTheWordsItsLettersBegin(String name, String other, String readAs) {
        Acronyms.Reading r = Acronyms.against(name, other);
        assertThat(r).isNotNull();
        assertThat(r.readAs()).isEqualTo(readAs);
        assertThat(r.text()).contains(readAs).doesNotContain(r.acronym());
    }

    @ParameterizedTest(name = "{0} is no acronym of {1}")
    @CsvSource(delimiter = '|', value = {
        "NIOC|National Iranian Gas Company",        // a letter that no word begins with
        "Irisl|Islamic Republic of Iran Shipping Lines",   // written in lower case: a word, not an acronym
        "AB Trading|Alpha Beta Trading",              // two letters are too common a coincidence
        "LLC Alpha|Limited Liability Company Alpha",  // a legal form, which the legal forms read
        "IOC|International Olympic Committee IOC",     // the other name writes it too: nothing to read
        "IBT|Trading Bank International",             // the letters in another order
    })
    void noReadingWithoutEveryLetter(String name, String other) {
        assertThat(Acronyms.against(name, other)).isNull();
    }
}
