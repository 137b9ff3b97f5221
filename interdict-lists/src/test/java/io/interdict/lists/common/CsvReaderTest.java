package io.interdict.lists.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void readsQuotedFieldsDoubledQuotesLineEndsAndLineNumbers() {
        String text = "name,note\r\n\"SMITH, John\",\"said \"\"hi\"\"\"\n"
                + "\"two\nlines\",x\n\nПутин,\"q\" tail\n\u001a\n";
        Problems problems = new Problems("t");
        List<CsvReader.Row> rows = CsvReader.parse(text, ',', "t.csv", problems);

        assertThat(problems.hasErrors()).isFalse();
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1L, 2L, 3L, 6L);
        assertThat(rows.get(0).fields()).containsExactly("name", "note");
        assertThat(rows.get(1).fields()).containsExactly("SMITH, John", "said \"hi\"");
        assertThat(rows.get(1).raw()).isEqualTo("\"SMITH, John\",\"said \"\"hi\"\"\"");
        assertThat(rows.get(2).fields()).containsExactly("two\nlines", "x");
        assertThat(rows.get(3).fields()).containsExactly("Путин", "q tail");
        assertThat(rows.get(3).get(5)).isNull();
    }

    @Test
    void anUnterminatedQuoteIsAnErrorNamingItsLineAndStopsThere() {
        Problems problems = new Problems("t");
        List<CsvReader.Row> rows = CsvReader.parse("a;b\n\"open;x\n", ';', "t.csv", problems);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).fields()).containsExactly("a", "b");
        assertThat(problems.hasErrors()).isTrue();
        assertThat(problems.report(1, 0, 0).toString()).contains("2").contains("unterminated");
    }
}
