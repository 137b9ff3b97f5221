package io.interdict.lists.dpl;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class DplImporterTest {
    @Test
    void rowsOfOnePerson_merge_andTheTypoYearIsAWarning() throws Exception {
        ImportResult r = new DplImporter().importFiles(List.of(TestFiles.fixture("us-bis-dpl/dpl.txt")), null);
        Entity ash = TestFiles.entity(r.part(), DplImporter.id("I. ASH"));
        assertThat(ash.attributes().get("address")).hasSize(3);
        assertThat(ash.attributes().get("listed_on")).contains("2003-06-19");
        assertThat(ash.countries()).containsExactly("US");
        assertThat(r.report().warnings()).anySatisfy(w -> assertThat(w.message()).contains("3033"));
        assertThat(r.part().entities()).anyMatch(e -> e.kind() == EntityKind.ORGANIZATION);
    }

    @Test
    void bundledFullList_counts() throws Exception {
        ImportResult r = new DplImporter().importFiles(TestFiles.bundled("us-bis-dpl", "2023-11-28", "dpl.txt.gz"), null);
        assertThat(r.report().rows()).isEqualTo(665);
        assertThat(r.part().entities()).hasSize(545);
        assertThat(r.part().info().listDate()).isEqualTo("2023-11-28");
    }

    @Test
    void malformed_fieldCountAndMissingHeader() {
        String head = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t"
                + "\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"\n";
        try {
            new DplImporter().importFiles(List.of(TestFiles.text("dpl.txt", head + "\"A\"\t\"B\"\n")), null);
            throw new AssertionError("should fail");
        } catch (ImportException e) {
            assertThat(e.report().errors()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.message()).contains("expected 12 fields, found 2");
            });
        }
        try {
            new DplImporter().importFiles(List.of(TestFiles.text("dpl.txt", "\"Name\"\n\"A\"\n")), null);
            throw new AssertionError("should fail");
        } catch (ImportException e) {
            assertThat(e.report().errors()).extracting(r -> r.field()).contains("Street_Address", "FR_Citation");
        }
    }
}
