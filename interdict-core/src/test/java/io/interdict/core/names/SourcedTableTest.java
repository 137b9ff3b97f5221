package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcedTableTest {
    @Test
    void readsRowsSkippingCommentsAndBlankLinesWithTheirLineNumbers() {
        List<SourcedTable.Row> rows = SourcedTable.read(SourcedTableTest.class, "sourced-table-good.tsv", 3, "a TAB b TAB source");
        assertThat(rows).extracting(SourcedTable.Row::line).containsExactly(2, 4);
        assertThat(rows.get(1).fields()).containsExactly("beta", "B", "source two");
    }

    @Test
    void aBlankFieldNamesTheFileTheLineAndTheShape() {
        assertThatThrownBy(() -> SourcedTable.read(SourcedTableTest.class, "sourced-table-blank-field.tsv", 3, "a TAB b TAB source"))
                .hasMessage("sourced-table-blank-field.tsv line 4: want a TAB b TAB source");
    }

    @Test
    void aRowWithAnotherNumberOfFieldsIsRefused() {
        assertThatThrownBy(() -> SourcedTable.read(SourcedTableTest.class, "sourced-table-good.tsv", 2, "a TAB source"))
                .hasMessageContaining("line 2");
    }

    @Test
    void aMissingTableSaysSo() {
        assertThatThrownBy(() -> SourcedTable.read(SourcedTableTest.class, "no-such.tsv", 2, "a TAB source"))
                .hasMessage("no-such.tsv missing from the classpath");
    }
}
