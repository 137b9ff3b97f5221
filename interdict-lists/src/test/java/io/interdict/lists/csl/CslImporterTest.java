package io.interdict.lists.csl;

import static io.interdict.lists.TestFiles.entity;
import static io.interdict.lists.TestFiles.ids;
import static io.interdict.lists.TestFiles.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.measure.Measure;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.dpl.DplImporter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CslImporterTest {
    static ImportResult fixture() throws ImportException {
        return new CslImporter().importFiles(List.of(TestFiles.fixture("us-csl/consolidated.csv")), null);
    }

    @Test
    void entityListRows_carryTheEntityListPrefix() throws Exception {
        ImportResult r = fixture();
        Entity e = r.part().entities().stream().filter(x -> x.caption().equals("Beijing Huawei Digital Technologies Co., Ltd."))
                .findFirst().orElseThrow();
        assertThat(e.id()).startsWith("us-bis-entity-list:");
        assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);   // no type column for BIS rows: legal form
        assertThat(e.countries()).contains("CN");
        assertThat(e.attributes().get("license_policy")).isNotEmpty();
        assertThat(r.part().measures()).extracting(Measure::id)
                .containsExactlyInAnyOrder("us-bis-entity-list", "ofac-sdn", "ofac-cons", "us-bis-dpl", "us-ddtc-debarred");
    }

    @Test
    void treasuryRows_useOfacEntNums() throws Exception {
        ImportResult r = fixture();
        Entity person = entity(r.part(), "ofac-sdn:9935");
        assertThat(person.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(ids(person)).anyMatch(i -> i.startsWith("passport:"));
        Entity vessel = entity(r.part(), "ofac-sdn:23156");
        assertThat(vessel.kind()).isEqualTo(EntityKind.VESSEL);
        assertThat(ids(vessel)).anyMatch(i -> i.startsWith("imo:"));
        assertThat(entity(r.part(), "ofac-sdn:15445").kind()).isEqualTo(EntityKind.AIRCRAFT);
        // 34616 is on SDN and CAPTA: one entity per list measure.
        assertThat(entity(r.part(), "ofac-sdn:34616").attributes().get("csl_source")).containsExactly("SDN");
        assertThat(entity(r.part(), "ofac-cons:34616").attributes().get("csl_source")).containsExactly("CAP");
    }

    @Test
    void repeatedRowsOfOneSubList_mergeWithAWarning() throws Exception {
        ImportResult r = fixture();
        assertThat(r.part().entities().stream().filter(e -> e.id().equals("ofac-cons:15268"))).hasSize(1);
        assertThat(r.report().warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("ofac-cons:15268"));
    }

    @Test
    void dplRows_shareIdsWithTheDplImport() throws Exception {
        assertThat(entity(fixture().part(), DplImporter.id("I. ASH")).names()).extracting(n -> n.value()).contains("I. ASH");
    }

    @Test
    void bundledFullList_counts() throws Exception {
        ImportResult r = new CslImporter().importFiles(TestFiles.bundled("us-csl", "2022-05-16", "consolidated.csv.gz"), null);
        assertThat(r.report().rows()).isEqualTo(14160);
        List<Entity> el = r.part().entities().stream().filter(e -> e.id().startsWith("us-bis-entity-list:")).toList();
        assertThat(el).hasSize(2001);
        assertThat(el.stream().filter(e -> e.caption().contains("Huawei")).count()).isGreaterThanOrEqualTo(130);
        assertThat(r.part().entities().stream().filter(e -> e.id().startsWith("ofac-sdn:")).count()).isEqualTo(10026);
        assertThat(names(el.get(0), NameStrength.PRIMARY)).hasSize(1);
    }

    private static ImportException fail(byte[] csv) {
        try {
            new CslImporter().importFiles(List.of(new ListFile("consolidated.csv", csv)), null);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("should fail");
    }

    static String header() {
        return String.join(",", CslImporter.COLUMNS) + "\n";
    }

    @Test
    void missingColumn() {
        assertThat(fail("_id,source,name\n1,x,y\n".getBytes(StandardCharsets.UTF_8)).report().errors())
                .extracting(e -> e.field()).contains("entity_number", "alt_names", "ids");
    }

    @Test
    void unknownSubList_andMissingName() {
        String row1 = "a1,Made Up List (MUL) - Nobody" + ",".repeat(27) + "\n";
        String row2 = "a2,Entity List (EL) - Bureau of Industry and Security" + ",".repeat(27) + "\n";
        assertThat(fail((header() + row1 + row2).getBytes(StandardCharsets.UTF_8)).report().errors())
                .extracting(e -> e.line() + " " + e.field()).containsExactly("2 source", "3 name");
    }

    @Test
    void invalidUtf8() {
        byte[] b = (header() + "a1,Entity List (EL) - Bureau of Industry and Security,,,,Caf\u00e9" + ",".repeat(23) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fail(b).report().errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("UTF-8");
        });
    }

    @Test
    void truncatedQuotedField() {
        assertThatThrownBy(() -> new CslImporter().importFiles(List.of(new ListFile("consolidated.csv",
                (header() + "a1,\"Entity List").getBytes(StandardCharsets.UTF_8))), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("unterminated");
    }
}
