package io.interdict.lists.opensanctions;

import static io.interdict.lists.TestFiles.entity;
import static io.interdict.lists.TestFiles.ids;
import static io.interdict.lists.TestFiles.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSanctionsImporterTest {
    @Test
    void ftmAndTargetsSimple() throws Exception {
        SourcePart p = new OpenSanctionsImporter().importFiles(TestFiles.fixtures("os", "zala_entities.ftm.json",
                "t1_eu_fsf_entities.ftm.json", "targets.simple.csv"), null).part();
        // targets only: zala 14 (8 companies + 6 persons), t1 6, targets.simple 5
        assertThat(p.entities()).hasSize(25);
        assertThat(p.entities()).allMatch(e -> e.id().startsWith("os:"));
        Entity tobacco = entity(p, "os:NK-2GdmHtZTeNXjNVrBGEXZNj");
        assertThat(tobacco.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(names(tobacco, NameStrength.ALIAS)).contains("Общество с ограниченной ответственностью “Интер Тобако”");
        assertThat(ids(tobacco)).contains("registration:808000714");
        assertThat(tobacco.countries()).containsExactly("BY");
        assertThat(p.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count()).isEqualTo(15);
        assertThat(p.relations()).isNotEmpty().allMatch(r -> r.kind() == RelationKind.OWNED_BY);
        assertThat(p.entities().stream().filter(e -> e.attributes().containsKey("programs"))).isNotEmpty();
        assertThat(p.measures().get(0).prohibitions().get(0).reviewOnly()).contains("re-publication");
    }

    @Test
    void badJsonLine_andDuplicatedId() {
        String line = "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]},\"target\":true}";
        try {
            new OpenSanctionsImporter().importFiles(List.of(TestFiles.text("x.ftm.json", line + "\n{\"id\":\n" + line + "\n")), null);
            throw new AssertionError("should fail");
        } catch (ImportException e) {
            assertThat(e.report().errors()).extracting(r -> r.line() + " " + r.field()).containsExactly("2 null", "3 id");
        }
    }
}
