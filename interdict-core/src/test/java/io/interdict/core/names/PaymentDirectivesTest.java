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
        // an attention directive's department goes with it
        "ATTN ACCOUNTS DEPT MONSOON SHIPPING LTD|MONSOON SHIPPING LTD|ATTN ACCOUNTS DEPT",
        "Attn: Accounts Payable Department, Monsoon Shipping Ltd|Monsoon Shipping Ltd|Attn: Accounts Payable Department,",
        "ATTENTION TREASURY DESK ALFA TRADING|ALFA TRADING|ATTENTION TREASURY DESK",
        // not a firm's own function: the words are the name's
        "ATTN MUNITIONS INDUSTRY DEPARTMENT KOREA|MUNITIONS INDUSTRY DEPARTMENT KOREA|ATTN",
        // nothing after the department: it is the name
        "ATTN ACCOUNTS DEPT|ACCOUNTS DEPT|ATTN",
        // a department after another directive is the name's
        "FBO SALES DEPT ALFA TRADING|SALES DEPT ALFA TRADING|FBO",
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
