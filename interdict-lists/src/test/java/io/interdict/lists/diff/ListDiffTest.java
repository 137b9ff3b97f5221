package io.interdict.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.un.UnScImporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDiffTest {
    static SourcePart un(String xml) throws Exception {
        return new UnScImporter().importFiles(List.of(TestFiles.text("consolidated.xml", xml)), null).part();
    }

    @Test
    void addedRemovedAndChangedNames() throws Exception {
        String old = new String(TestFiles.bytes("fixtures/un-sc/sample_unsc.xml"), StandardCharsets.UTF_8);
        // next publication: one alias renamed, one entry delisted (TAi.036), one new entry
        String neu = old.replace("<ALIAS_NAME>Jaber Al-Jalamah</ALIAS_NAME>", "<ALIAS_NAME>Jaber Al-Jalahma</ALIAS_NAME>")
                .replace("<REFERENCE_NUMBER>TAi.036</REFERENCE_NUMBER>", "<REFERENCE_NUMBER>XXi.999</REFERENCE_NUMBER>");
        ListDiff.Delta d = ListDiff.diff(un(old), un(neu));
        assertThat(d.added()).extracting(e -> e.id()).containsExactly("un-sc:XXi.999");
        assertThat(d.removed()).extracting(e -> e.id()).containsExactly("un-sc:TAi.036");
        assertThat(d.changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("un-sc:QDi.237");
            assertThat(c.namesAdded()).containsExactly("Jaber Al-Jalahma (alias)");
            assertThat(c.namesRemoved()).containsExactly("Jaber Al-Jalamah (alias)");
            assertThat(c.affectsMatching()).isTrue();
        });
        assertThat(d.unchanged()).isEqualTo(5);
        assertThat(ListDiff.table(d, 100)).contains("added", "removed", "+name Jaber Al-Jalahma (alias)", "1 added, 1 removed, 1 changed, 5 unchanged");
        List<String> lines = ListDiff.jsonl(d);
        assertThat(lines).hasSize(3);
        JsonNode change = new ObjectMapper().readTree(lines.get(2));
        assertThat(change.get("op").asText()).isEqualTo("change");
        assertThat(change.get("names_added").get(0).asText()).isEqualTo("Jaber Al-Jalahma (alias)");
    }

    @Test
    void samePublication_isEmpty() throws Exception {
        String xml = new String(TestFiles.bytes("fixtures/un-sc/sample_unsc.xml"), StandardCharsets.UTF_8);
        assertThat(ListDiff.diff(un(xml), un(xml)).isEmpty()).isTrue();
    }
}
