package io.interdict.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing a record's UTF-8 bytes (a Kafka value) says what parsing its text says. */
class TransactionBytesTest {
    private final TransactionParser parser = new TransactionParser();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"Café Müller 北京\"}]}",
            "{\"id\":\"a\",\"date\":\"2021-03-01\",",
            "[1,2]",
            "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]} 42",
            "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"kind\":\"export\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]}",
            "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}],\"currency\":\"US\"}",
    })
    void bytesAndTextGiveTheSameResult(String line) {
        ParsedLine fromText = parser.parseJson(line, 7);
        ParsedLine fromBytes = parser.parseJson(line.getBytes(StandardCharsets.UTF_8), 7);
        assertThat(fromBytes.isError()).isEqualTo(fromText.isError());
        assertThat(fromBytes.error()).isEqualTo(fromText.error());
        if (!fromText.isError()) {
            assertThat(fromBytes.transaction()).isEqualTo(fromText.transaction());
        }
    }

    @Test
    void bytesThatAreNotUtf8AreMalformedJson() {
        byte[] latin1 = "{\"id\":\"a\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"Caf\u00e9\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        ParsedLine p = parser.parseJson(latin1, 3);
        assertThat(p.isError()).isTrue();
        assertThat(p.error()).startsWith("line 3: malformed JSON");
    }

    /** Dates are read as ISO-8601 calendar dates, strictly: exactly the ones {@link LocalDate#parse} reads. */
    @ParameterizedTest
    @ValueSource(strings = {"2021-03-01", "2024-02-29", "2023-02-29", "2021-02-30", "2021-13-01", "2021-00-10", "0000-01-01",
            "2021-3-1", "2021-03-1", "+12021-03-01", "2021/03/01", "20210301", "2021-03-01 ", "２０２１-03-01", "abcd-ef-gh"})
    void datesAreReadAsLocalDateParseReadsThem(String date) {
        String line = "{\"id\":\"a\",\"date\":\"" + date + "\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"A\"}]}";
        ParsedLine p = parser.parseJson(line.getBytes(StandardCharsets.UTF_8), 1);
        LocalDate expected;
        try {
            expected = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            expected = null;
        }
        if (expected == null) {
            assertThat(p.error()).contains("field 'date': '" + date + "' is not a valid date");
        } else {
            assertThat(p.isError()).isFalse();
            assertThat(p.transaction().date()).isEqualTo(expected);
        }
    }
}
