package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A payment directive written before a party's name. */
class PaymentDirectivesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ATTN VIKTOR BOUT|VIKTOR BOUT|ATTN",
        "Attn: Viktor Bout|Viktor Bout|Attn:",
        "FBO MAHAN AIR|MAHAN AIR|FBO",
        "F/B/O MAHAN AIR|MAHAN AIR|F/B/O",
        "FOR FURTHER CREDIT TO: ROSOBORONEXPORT OAO|ROSOBORONEXPORT OAO|FOR FURTHER CREDIT TO:",
        "in favour of Golden Star Shipping Ltd|Golden Star Shipping Ltd|in favour of",
        "FOR THE BENEFIT OF ALLA BOUT|ALLA BOUT|FOR THE BENEFIT OF",
        "FAO: JOHN SMITH|JOHN SMITH|FAO:",
        "/BNF/MAHAN AIR|MAHAN AIR|/BNF/",
        "BENEFICIARY: MAHAN AIR|MAHAN AIR|BENEFICIARY:",
    })
    void aLeadingDirectiveIsTakenOut(String written, String name, String directive) {
        PaymentDirectives.Read r = PaymentDirectives.read(written);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.directive()).isEqualTo(directive);
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "FAO OF THE UNITED NATIONS",   // FAO without a colon is the organisation's name
        "IFO INSTITUTE",               // so is IFO
        "Attentional Health Ltd",      // a directive's letters, not the word
        "MAHAN AIR FBO",               // not at the start
        "FBO",                         // nothing left as a name
        "FOR FURTHER CREDIT TO: 12345",
        "Payeezy Holdings",
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(PaymentDirectives.read(written)).isNull();
    }
}
