package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A postal address written after a name in the same field, set apart from the name. */
class AddressTailTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MAHAN AIR, 21 Azadegan St, Tehran|MAHAN AIR|21 Azadegan St, Tehran",
        "Tidewell Process Equipment Inc, 12250 Brevard Ln, Pasadena TX 77506|Tidewell Process Equipment Inc|12250 Brevard Ln, Pasadena TX 77506",
        "Banco Nacional de Cuba; 12a Calle Real; Havana|Banco Nacional de Cuba|12a Calle Real, Havana",
        "ACME Trading LLC, P.O. Box 1234, Dubai|ACME Trading LLC|P.O. Box 1234, Dubai",
        "Müller Maschinenbau GmbH, Hauptstraße 5, 10115 Berlin|Müller Maschinenbau GmbH|Hauptstraße 5, 10115 Berlin",
        "SMITH, John, 12-14 High Street, London|SMITH, John|12-14 High Street, London",
        "Société Générale SA, BP 4521, Douala|Société Générale SA|BP 4521, Douala",
        "Kaisha KK, 1-2-3 Chiyoda, Tokyo|Kaisha KK|1-2-3 Chiyoda, Tokyo",
        "ROSOBORONEXPORT JSC, ul. Stromynka 27, Moscow 107076|ROSOBORONEXPORT JSC|ul. Stromynka 27, Moscow 107076",
        "Via Roma Trading SpA, Via Roma 12, 00184 Roma|Via Roma Trading SpA|Via Roma 12, 00184 Roma",
        "HUAXIN SHIPPING HONGKONG LTD, Floor 3, Church Tower, Wan Chai|HUAXIN SHIPPING HONGKONG LTD|Floor 3, Church Tower, Wan Chai",
        "Gulf Petro FZE, Suite 400; Al Wasl Road; Dubai|Gulf Petro FZE|Suite 400, Al Wasl Road, Dubai",
        "Acme Ltd, 3rd Floor, 10 Market Street, Leeds|Acme Ltd|3rd Floor, 10 Market Street, Leeds",
    })
    void anAddressAfterTheNameIsSetApart(String written, String name, String tail) {
        assertThat(AddressTail.nameBefore(written)).isEqualTo(name);
        assertThat(AddressTail.tail(written)).isEqualTo(tail);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ROSOBORONEXPORT JSC\n27 STROMYNKA STREET\nMOSCOW",     // the lines of an MT103 party field
        "ROSOBORONEXPORT JSC\r\n27 STROMYNKA STREET\r\nMOSCOW",
    })
    void theLinesOfAPaymentPartyFieldArePartsToo(String written) {
        assertThat(AddressTail.nameBefore(written)).isEqualTo("ROSOBORONEXPORT JSC");
    }

    @org.junit.jupiter.api.Test
    void longHostileFieldsAreReadInOnePassAndWhatIsLeftIsTheirStart() {
        // Names of the most characters a query may have (NameLimits), built to make a backtracking pattern retry.
        String manyParts = "ACME Ltd" + ", Street 1".repeat(150) + ", 12 Street Road";
        String oneLongPart = "ACME Ltd, " + "a ".repeat(990) + "1";
        String digits = "ACME Ltd, " + "1".repeat(1990);
        for (String written : new String[] {manyParts, oneLongPart, digits}) {
            String name = AddressTail.nameBefore(written);
            if (name != null) {
                assertThat(written).startsWith(name);
            }
            AccountReferences.Read account = AccountReferences.read(written);
            if (account != null) {
                assertThat(written).contains(account.reference());
            }
            String country = CountryTail.nameBefore(written);
            if (country != null) {
                assertThat(written).startsWith(country);
            }
        }
        assertThat(AddressTail.nameBefore(manyParts)).startsWith("ACME Ltd, Street 1").doesNotContain("Road");
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "Marrowgate Leasing, 3 Ltd",          // a number and a word: no address of three words
        "Fund II, 2 Holdings",
        "SMITH, John",                        // a list's order of a person's name
        "21 Azadegan St, Tehran",             // an address first: nothing is left as a name before it
        "Brasskey Shipping Three Inc.",       // no part after a separator
        "Hoshikaze Maru, No. 8",              // no house number first
        "Wattle Star II, Hamilton",
        "AL-QAIDA, Afghanistan, 1990",        // a year alone is no street
        "MAHAN AIR, Tehran, Iran",            // an address without a number is not told from a name's words
        "Blackstone Real Estate Partners, IV",
        "Snow Storm 1, Snow Storm 2",         // a name's number, and no postcode after it
    })
    void aNameWithoutAnAddressIsLeftWhole(String written) {
        assertThat(AddressTail.nameBefore(written)).isNull();
        assertThat(AddressTail.tail(written)).isNull();
    }
}
