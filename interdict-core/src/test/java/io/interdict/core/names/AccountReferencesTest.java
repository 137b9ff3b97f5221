package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An account reference written into a name. */
class AccountReferencesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MAHAN AIR ACCT NO 12345678|MAHAN AIR|ACCT NO 12345678",
        "MAHAN AIR A/C 1234567|MAHAN AIR|A/C 1234567",
        "MAHAN AIR IBAN DE89 3704 0044 0532 0130 00|MAHAN AIR|IBAN DE89 3704 0044 0532 0130 00",
        "MAHAN AIR IBAN: DE89370400440532013000 TEHRAN|MAHAN AIR TEHRAN|IBAN: DE89370400440532013000",
        "Account No. 123-456-789 Rosoboronexport JSC|Rosoboronexport JSC|Account No. 123-456-789",
        "Müller GmbH Konto 0532013000|Müller GmbH|Konto 0532013000",
        "JOHN SMITH ACC#99887766|JOHN SMITH|ACC#99887766",
        "/DE89370400440532013000 ALEXEI ORLOV|ALEXEI ORLOV|/DE89370400440532013000",
        "/12345678 MAHAN AIR|MAHAN AIR|/12345678",
    })
    void anAccountReferenceIsTakenOut(String written, String name, String reference) {
        AccountReferences.Read r = AccountReferences.read(written);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.reference()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "ACC Holdings Ltd",            // a marker word, no account after it
        "Account 12 Trading",          // fewer than five digits
        "Accountancy Partners 12345",  // no marker word
        "Brasskey Shipping 3 Inc",
        "ACCT NO 12345678",            // nothing left as a name
        "/ABC MAHAN AIR 2",            // a slash and no account of five digits
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(AccountReferences.read(written)).isNull();
    }
}
