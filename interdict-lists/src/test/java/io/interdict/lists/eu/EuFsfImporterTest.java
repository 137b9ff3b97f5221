package io.interdict.lists.eu;

import static io.interdict.lists.TestFiles.entity;
import static io.interdict.lists.TestFiles.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ListCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EuFsfImporterTest {
    static String sample() {
        return new String(TestFiles.bytes("fixtures/eu-fsf/sample_eu_fsf.xml"), StandardCharsets.UTF_8);
    }

    /** The published sample was edited by its test authors: logicalId 5468 appears twice (line 110, "TestOneWord"). */
    @Test
    void sampleAsPublished_hasADuplicatedLogicalId() {
        assertThatThrownBy(() -> new EuFsfImporter().importFiles(List.of(TestFiles.fixture("eu-fsf/sample_eu_fsf.xml")), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors()).singleElement().satisfies(r -> {
                    assertThat(r.line()).isEqualTo(110);
                    assertThat(r.field()).isEqualTo("logicalId");
                }));
    }

    static SourcePart withoutDuplicate() throws ImportException {
        String[] lines = sample().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i < 109 || i > 117) {   // drop the edited copy, lines 110-118
                sb.append(lines[i]).append('\n');
            }
        }
        return new EuFsfImporter().importFiles(List.of(TestFiles.text("eu.xml", sb.toString())), null).part();
    }

    @Test
    void person_namesCitizenshipBirth() throws Exception {
        SourcePart p = withoutDuplicate();
        assertThat(p.entities()).hasSize(6);
        assertThat(p.info().listDate()).isEqualTo("2020-04-15");
        Entity e = entity(p, "eu-fsf:5295");
        assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(e.caption()).isEqualTo("Abid Hammadou");
        assertThat(names(e, NameStrength.ALIAS)).contains("Abdelhamid Abou Zeid", "Youcef Adel");
        assertThat(e.countries()).contains("DZ");
        assertThat(e.attributes().get("birth_date")).contains("1965-12-12");
        assertThat(e.attributes().get("programs")).contains("TAQA");
        // <sanctionEntity designationDate="2008-07-03" ... logicalId="5295">: the listing date; 191 has none.
        assertThat(e.attributes().get("listed_on")).containsExactly("2008-07-03");
        assertThat(entity(p, "eu-fsf:191").attributes()).doesNotContainKey("listed_on");
        assertThat(p.measures().get(0).jurisdictions()).hasSize(27).isEqualTo(ListCatalog.EU27).contains("DE", "FR", "IE").doesNotContain("GB");
    }

    @Test
    void truncatedXml() {
        String cut = sample().substring(0, 5000);
        assertThatThrownBy(() -> new EuFsfImporter().importFiles(List.of(TestFiles.text("eu.xml", cut)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors().get(0).message()).contains("malformed XML"));
    }
}
