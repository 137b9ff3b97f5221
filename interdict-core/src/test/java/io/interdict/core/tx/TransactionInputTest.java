package io.interdict.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionInputTest {
    static final String GOOD = "{\"id\":\"tx-1\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
            + "\"parties\":[{\"role\":\"counterparty\",\"name\":\"Alipay\",\"country\":\"CN\",\"ids\":[\"android:com.eg.android.AlipayGphone\"]}],"
            + "\"amount\":\"12.50\",\"currency\":\"USD\",\"memo\":\"m\"}";

    static List<ParsedLine> read(String text, int maxLine) {
        List<ParsedLine> out = new ArrayList<>();
        new TransactionInput(new StringReader(text), TransactionInput.Format.AUTO, maxLine).forEachRemaining(out::add);
        return out;
    }

    static List<ParsedLine> read(String text) {
        return read(text, TransactionInput.DEFAULT_MAX_LINE);
    }

    @Test
    void readsTheDesignShape() {
        ParsedLine p = read(GOOD).get(0);
        assertThat(p.isError()).isFalse();
        Transaction t = p.transaction();
        assertThat(t.id()).isEqualTo("tx-1");
        assertThat(t.parties().get(0).ids().get(0).toString()).isEqualTo("android:com.eg.android.AlipayGphone");
        assertThat(t.amount()).isEqualTo("12.50");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON      | {\"id\":\"a\",                                                                              | malformed JSON",
            "not an object       | [1,2]                                                                                       | expected a JSON object",
            "missing id          | {\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} | field 'id' is required",
            "unknown kind        | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"paymnet\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} | field 'kind': unknown kind 'paymnet'",
            "bad date            | {\"id\":\"a\",\"date\":\"2021-02-30\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} | field 'date': '2021-02-30' is not a valid date",
            "unknown jurisdiction| {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"XX\",\"parties\":[{\"name\":\"A\"}]} | field 'jurisdiction': 'XX' is not an ISO 3166",
            "unknown field       | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdicton\":\"US\",\"parties\":[{\"name\":\"A\"}]} | unknown field 'jurisdicton'",
            "no parties          | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[]} | field 'parties'",
            "nameless party      | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"role\":\"payer\"}]} | a party needs a name or ids",
            "bad identifier      | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\",\"ids\":[\"nocolon\"]}]} | field 'parties[0].ids[0]'",
            "equipment on payment| {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}],\"equipment\":{\"network\":\"5g\"}} | only for equipment_* kinds",
            "bad network         | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"equipment_purchase\",\"jurisdiction\":\"GB\",\"parties\":[{\"name\":\"A\"}],\"equipment\":{\"network\":\"6g\"}} | field 'equipment.network'",
            "bad amount          | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}],\"amount\":\"12,5\"} | field 'amount'",
            "trailing garbage    | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} 42 | extra text after the JSON object",
            "second object       | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]}{} | extra text after the JSON object",
            "duplicate key       | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"kind\":\"export\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} | field 'kind' given twice",
            "unknown role        | {\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"role\":\"countreparty\",\"name\":\"A\"}]} | field 'parties[0].role': unknown role 'countreparty'",
            "wrong type          | {\"id\":\"a\",\"date\":20210301,\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} | field 'date': expected a string",
    })
    void badRecordsBecomeErrorsNamingLineAndField(String what, String line, String message) {
        List<ParsedLine> out = read(GOOD + "\n" + line.trim() + "\n" + GOOD + "\n");
        assertThat(out).hasSize(3);
        assertThat(out.get(0).isError()).isFalse();
        assertThat(out.get(1).error()).startsWith("line 2: ").contains(message);
        assertThat(out.get(2).isError()).isFalse();
        assertThat(out.get(2).line()).isEqualTo(3);
    }

    @Test
    void theIdOfABadRecordIsKeptWhenReadable() {
        ParsedLine p = read("{\"id\":\"keep-me\",\"date\":\"x\"}").get(0);
        assertThat(p.id()).isEqualTo("keep-me");
    }

    @Test
    void anEmptyFileHasNoRecordsAndBlankLinesAreSkipped() {
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n  \n")).isEmpty();
        List<ParsedLine> out = read("\n" + GOOD + "\n\n" + GOOD);
        assertThat(out).extracting(ParsedLine::line).containsExactly(2L, 4L);
    }

    @Test
    void aLineOverTheLimitIsAnErrorAndTheNextLineIsStillRead() {
        String big = "{\"id\":\"big\",\"memo\":\"" + "x".repeat(5000) + "\"}";
        List<ParsedLine> out = read(big + "\n" + GOOD + "\n", 2048);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).error()).isEqualTo("line 1: line longer than the limit of 2048 characters");
        assertThat(out.get(1).isError()).isFalse();
    }

    @Test
    void csvFormWithHeaderQuotedFieldsAndErrors() {
        String csv = "id,date,kind,jurisdiction,party_name,party_country,party_ids,network,domain,amount,currency,memo\r\n"
                + "c1,2022-01-01,equipment_purchase,GB,\"Huawei, UK\",CN,,5g,access,,,\"a, b\"\r\n"
                + "c2,2022-01-01,payment,US,Alipay,CN,android:com.eg.android.AlipayGphone;ios:com.alipay.iphoneclient,,,1.00,usd,\r\n"
                + "c3,2022-13-01,payment,US,Alipay,,,,,,,\r\n"
                + "c4,2022-01-01,payment,US\r\n";
        List<ParsedLine> out = read(csv);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).transaction().parties().get(0).name()).isEqualTo("Huawei, UK");
        assertThat(out.get(0).transaction().equipment().network()).isEqualTo("5g");
        assertThat(out.get(1).transaction().parties().get(0).ids()).hasSize(2);
        assertThat(out.get(1).transaction().currency()).isEqualTo("USD");
        assertThat(out.get(2).error()).startsWith("line 4: ").contains("field 'date'");
        assertThat(out.get(2).id()).isEqualTo("c3");
        assertThat(out.get(3).error()).startsWith("line 5: ").contains("expected 12 columns");
    }

    @Test
    void aBadCsvHeaderFailsEveryRowLoudly() {
        List<ParsedLine> out = read("id,date,kindd,jurisdiction,party_name\nx,2021-01-01,payment,US,A\n");
        assertThat(out).hasSize(2).allSatisfy(p -> assertThat(p.error()).contains("unknown column 'kindd'"));
    }

    @Test
    void ukIsReadAsGb() {
        String line = "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"uk\",\"parties\":[{\"name\":\"A\"}]}";
        assertThat(read(line).get(0).transaction().jurisdiction()).isEqualTo("GB");
    }

    static List<ParsedLine> readBytes(byte[] bytes, java.nio.charset.Charset cs) {
        List<ParsedLine> out = new ArrayList<>();
        TransactionInput.of(new java.io.ByteArrayInputStream(bytes), cs, TransactionInput.Format.AUTO,
                TransactionInput.DEFAULT_MAX_LINE).forEachRemaining(out::add);
        return out;
    }

    @Test
    void anInvalidUtf8LineIsAnErrorNamingItsLineAndTheRestIsRead() throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            b.write((GOOD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        b.write("{\"id\":\"bad\",\"memo\":\"caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.write(0xE9);    // Latin-1 é: not UTF-8
        b.write("\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        b.write((GOOD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<ParsedLine> out = readBytes(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).hasSize(5);
        assertThat(out.get(3).error()).startsWith("line 4: not valid UTF-8 at byte 24").contains("--encoding");
        assertThat(out.get(4).isError()).isFalse();
        assertThat(out.get(4).line()).isEqualTo(5);
    }

    @Test
    void aLatin1CsvIsReadWithItsEncoding() {
        String csv = "id,date,kind,jurisdiction,party_name\nt1,2021-03-01,payment,US,Caf\u00e9 M\u00fcller\n";
        byte[] latin1 = csv.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(readBytes(latin1, java.nio.charset.StandardCharsets.UTF_8).get(0).error()).contains("not valid UTF-8");
        List<ParsedLine> out = readBytes(latin1, java.nio.charset.Charset.forName("windows-1252"));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).transaction().parties().get(0).name()).isEqualTo("Caf\u00e9 M\u00fcller");
    }

    @Test
    void aUtf8ByteOrderMarkAndCrlfAreAccepted() {
        byte[] body = ("\uFEFF" + GOOD + "\r\n" + GOOD + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(readBytes(body, java.nio.charset.StandardCharsets.UTF_8)).extracting(ParsedLine::isError).containsExactly(false, false);
    }

    @Test
    void encodingsWhoseLineFeedIsNotOneByteAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> readBytes(new byte[0], java.nio.charset.StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-16");
    }

    @Test
    void aCsvWithoutAHeaderIsAnErrorNotZeroTransactions() {
        List<ParsedLine> out = read("t1,2021-03-01,payment,US,Alipay\n");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).error()).startsWith("line 1: CSV header: unknown column 't1'");
        List<ParsedLine> two = read("t1,2021-03-01,payment,US,Alipay\nt2,2021-03-01,payment,US,Alipay\n");
        assertThat(two).hasSize(2);
        assertThat(two.get(1).error()).startsWith("line 2: unreadable: the CSV header on line 1 is invalid");
    }
}
