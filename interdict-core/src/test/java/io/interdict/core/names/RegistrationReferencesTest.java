package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A registration number written into a company's or a vessel's name. */
class RegistrationReferencesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // a bracketed part holding the reference goes whole
        "Delmar Shipping Ltd (Reg. No. HE 123456)|Delmar Shipping Ltd|Reg. No. HE 123456",
        "Marwick Foods Limited (Company No. 01234567)|Marwick Foods Limited|Company No. 01234567",
        "Sea Falcon (IMO 9345678, Panama flag)|Sea Falcon|IMO 9345678",
        "Baltic Grain OU [registry code 12345678]|Baltic Grain OU|registry code 12345678",
        // a part after a comma that the marker begins goes up to the next comma
        "Hanseatic Trading GmbH, HRB 98765 Hamburg|Hanseatic Trading GmbH|HRB 98765",
        "Olander Freight AB, org.nr 556677-8899|Olander Freight AB|org.nr 556677-8899",
        "Volga Trans OOO; OGRN 1027700132195, Moscow|Volga Trans OOO, Moscow|OGRN 1027700132195",
        // elsewhere the marker and its number alone
        "Kestrel Mining Pty Ltd ACN 123 456 789|Kestrel Mining Pty Ltd|ACN 123 456 789",
        "ООО Ромашка ИНН 7743813961|ООО Ромашка|ИНН 7743813961",
        "Rossi Costruzioni S.p.A. P.IVA 01234567890|Rossi Costruzioni S.p.A.|P.IVA 01234567890",
        // a French register's mention names its town, before or after the SIREN
        "Boulangeries Lemarchand SARL, RCS Rennes 812 456 903|Boulangeries Lemarchand SARL|RCS Rennes 812 456 903",
        "Atelier Vasseur SAS (R.C.S. Paris B 552 100 554)|Atelier Vasseur SAS|R.C.S. Paris B 552 100 554",
        "Transports Giraud SA 333 444 555 RCS Lyon|Transports Giraud SA|333 444 555 RCS Lyon",
    })
    void aRegistrationNumberIsTakenOut(String written, String name, String reference) {
        RegistrationReferences.Read r = RegistrationReferences.read(written);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.reference()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "ABN Amro Bank N.V.",              // a marker word, no number after it
        "Brasskey Shipping 3 Inc",         // no marker
        "Company No. 12 Ltd",              // fewer than five digits
        "Holiday Inn Express 12345",       // a word of more than three letters between: no number follows the marker
        "Tin Mining Corporation",
        "Lei Zhang",
        "IMO 9345678",                     // nothing left as a name
        "RCS Paris Holding SA",            // the mention with no number
        "Rennes Courses RCS 12 Ltd",       // a number too short for a SIREN before or after it
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(RegistrationReferences.read(written)).isNull();
    }
}
