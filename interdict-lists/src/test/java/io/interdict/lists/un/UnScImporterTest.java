package io.interdict.lists.un;

import static io.interdict.lists.TestFiles.entity;
import static io.interdict.lists.TestFiles.ids;
import static io.interdict.lists.TestFiles.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnScImporterTest {
    @Test
    void sample_person() throws Exception {
        SourcePart p = new UnScImporter().importFiles(List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null).part();
        assertThat(p.entities()).hasSize(7);
        assertThat(p.info().listDate()).isEqualTo("2024-10-17");
        Entity e = entity(p, "un-sc:QDi.237");
        assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(e.caption()).isEqualTo("JABER ABDALLAH JABER AHMAD AL-JALAHMAH");
        assertThat(names(e, NameStrength.ALIAS)).contains("جابر عبد الله جابر أحمد الجلاهمة", "Jaber Al-Jalamah");
        assertThat(names(e, NameStrength.WEAK_ALIAS)).contains("Abdul-Ghani");
        assertThat(e.countries()).contains("KW");
        assertThat(e.attributes().get("listed_on")).isNotEmpty();
        assertThat(e.raw()).startsWith("<INDIVIDUAL>");
    }

    @Test
    void bundledFullList_counts() throws Exception {
        ImportResult r = new UnScImporter().importFiles(TestFiles.bundled("un-sc", "2026-02-27", "consolidated.xml.gz"), null);
        List<Entity> es = r.part().entities();
        assertThat(es).hasSize(1003);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.PERSON).count()).isEqualTo(730);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).count()).isEqualTo(273);
        assertThat(r.part().info().listDate()).isEqualTo("2026-02-27");
        Entity adf = entity(r.part(), "un-sc:CDe.001");
        assertThat(names(adf, NameStrength.ALIAS)).contains("Allied Democratic Forces");
        assertThat(es.stream().filter(e -> e.attributes().getOrDefault("programs", List.of()).contains("DPRK")).count()).isEqualTo(155);
        assertThat(ids(entity(r.part(), "un-sc:CDi.020"))).isNotNull();
        assertThat(r.part().measures().get(0).jurisdictions()).containsExactly("*");
    }

    @Test
    void truncatedXml() {
        String xml = "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00Z\"><INDIVIDUALS>\n<INDIVIDUAL><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>";
        assertThatThrownBy(() -> new UnScImporter().importFiles(List.of(TestFiles.text("consolidated.xml", xml)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors().get(0).message()).contains("malformed XML"));
    }

    @Test
    void duplicatedAndMissingReferenceNumbers() {
        String rec = "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL>\n";
        String xml = "<CONSOLIDATED_LIST><INDIVIDUALS>\n" + rec + rec
                + "<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>B</FIRST_NAME></INDIVIDUAL>\n</INDIVIDUALS></CONSOLIDATED_LIST>";
        assertThatThrownBy(() -> new UnScImporter().importFiles(List.of(TestFiles.text("consolidated.xml", xml)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors())
                        .extracting(r -> r.line() + " " + r.field())
                        .containsExactly("3 REFERENCE_NUMBER", "4 REFERENCE_NUMBER"));
    }
}
