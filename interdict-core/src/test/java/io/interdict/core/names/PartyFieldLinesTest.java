package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines of a SWIFT MT party field pasted whole into a name. */
class PartyFieldLinesTest {
    @Test
    void anOptionKAccountLineIsSetAside() {
        PartyFieldLines.Read r = PartyFieldLines.read("/DE89370400440532013000\nMAHAN AIR\n21 AZADEGAN ST\nTEHRAN");
        assertThat(r.lines()).isEqualTo("MAHAN AIR\n21 AZADEGAN ST\nTEHRAN");
        assertThat(r.setAside()).isEqualTo("/DE89370400440532013000");
        // The address after it is AddressTail's.
        assertThat(AddressTail.nameBefore(r.lines())).isEqualTo("MAHAN AIR");
    }

    @Test
    void anOptionFIdentifierAndItsLineNumbersAreTakenOff() {
        PartyFieldLines.Read r = PartyFieldLines.read("CCPT/GB/123456789\r\n1/ROSOBORONEXPORT JSC\r\n2/27 STROMYNKA STREET\r\n3/RU/MOSCOW");
        assertThat(r.lines()).isEqualTo("ROSOBORONEXPORT JSC\n27 STROMYNKA STREET\nRU/MOSCOW");
        assertThat(r.setAside()).isEqualTo("CCPT/GB/123456789");
        assertThat(AddressTail.nameBefore(r.lines())).isEqualTo("ROSOBORONEXPORT JSC");
        // Numbered lines without an identifier line.
        assertThat(PartyFieldLines.read("1/MAHAN AIR\n2/21 AZADEGAN ST").lines()).isEqualTo("MAHAN AIR\n21 AZADEGAN ST");
        assertThat(PartyFieldLines.read("1/MAHAN AIR\n2/21 AZADEGAN ST").setAside()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "MAHAN AIR",                              // one line
        "MAHAN AIR\n21 AZADEGAN ST\nTEHRAN",      // lines without an account or numbers
        "1/2 SHARE CO\nLONDON",                   // not every line numbered: a name's own
        "AC/DC LTD\nSYDNEY",                      // a slash in a name is no account line
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(PartyFieldLines.read(written)).isNull();
    }
}
