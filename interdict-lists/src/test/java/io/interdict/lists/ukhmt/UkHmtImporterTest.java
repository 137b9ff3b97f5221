package io.interdict.lists.ukhmt;

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
import io.interdict.lists.common.ListFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class UkHmtImporterTest {
    static SourcePart cut2018() throws ImportException {
        return new UkHmtImporter().importFiles(List.of(TestFiles.fixture("uk-hmt/sanctionsconlist_cut.csv")), null).part();
    }

    @Test
    void layout2018_windows1252_personVesselOrganisation() throws Exception {
        SourcePart p = cut2018();
        assertThat(p.info().listDate()).isEqualTo("2018-04-13");
        Entity person = entity(p, "uk-hmt:13349");
        assertThat(person.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(names(person, NameStrength.PRIMARY)).contains("Nayef Salam Muhammad Ujaym AL-HABABI");
        assertThat(names(person, NameStrength.ALIAS)).contains("Sheikh Farooq AL-QAHTANI");
        assertThat(ids(person)).contains("passport:592667");
        assertThat(person.countries()).contains("SA", "QA");
        assertThat(person.attributes().get("birth_date")).contains("1980");
        Entity ship = entity(p, "uk-hmt:13556");
        assertThat(ship.kind()).isEqualTo(EntityKind.VESSEL);
        assertThat(ids(ship)).contains("imo:8937675", "mmsi:445539000");
        assertThat(entity(p, "uk-hmt:13188").kind()).isEqualTo(EntityKind.ORGANIZATION);
        // 0x92 in Windows-1252 is a right single quote; decoding as UTF-8 would have failed or mangled it.
        assertThat(entity(p, "uk-hmt:13458").raw()).contains("\u2019");
    }

    @Test
    void layout2020_sample() throws Exception {
        ImportResult r = new UkHmtImporter().importFiles(List.of(TestFiles.fixture("uk-hmt/sample_hmt_conlist.csv")), null);
        assertThat(r.report().rows()).isEqualTo(23);
        assertThat(r.part().entities()).hasSize(6).allMatch(e -> e.kind() == EntityKind.PERSON);
        assertThat(r.part().info().listDate()).isEqualTo("2020-04-27");
        assertThat(names(entity(r.part(), "uk-hmt:9053"), NameStrength.ALIAS)).contains("محسن حجتی");
    }

    @Test
    void bundledFullList_counts() throws Exception {
        ImportResult r = new UkHmtImporter().importFiles(TestFiles.bundled("uk-hmt", "2018-04-13", "sanctionsconlist.csv.gz"), null);
        assertThat(r.report().rows()).isEqualTo(9487);
        assertThat(r.part().entities()).hasSize(2106);
        assertThat(r.part().entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count()).isEqualTo(1426);
        assertThat(r.part().entities().stream().filter(e -> e.kind() != EntityKind.PERSON).count()).isEqualTo(680);
    }

    private static ImportException fail(String csv) {
        try {
            new UkHmtImporter().importFiles(List.of(TestFiles.text("ConList.csv", csv)), null);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("should fail");
    }

    static final String HEAD = "Last Updated,13/04/2018\nName 6,Name 1,Group Type,Alias Type,Group ID\n";

    @Test
    void missingColumn() {
        assertThat(fail("Last Updated,13/04/2018\nName 6,Name 1,Group Type,Group ID\nX,Y,Individual,1\n").report().errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("Alias Type");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void wrongFieldCount_andBadGroupId() {
        assertThat(fail(HEAD + "X,Y,Individual,Prime Alias\nZ,W,Individual,Prime Alias,abc\n").report().errors())
                .extracting(e -> e.line() + " " + e.field())
                .containsExactly("3 null", "4 Group ID");
    }

    @Test
    void firstLineMustBeLastUpdated() {
        assertThat(fail("Name 6,Name 1,Group Type,Alias Type,Group ID\n").report().errors().get(0).field()).isEqualTo("Last Updated");
    }

    @Test
    void bytesUndefinedInWindows1252_areAnError() {
        byte[] b = (HEAD + "X,Y,Individual,Prime Alias,1\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] bad = java.util.Arrays.copyOf(b, b.length + 1);
        bad[bad.length - 1] = (byte) 0x81;   // not UTF-8, and unassigned in Windows-1252
        assertThatThrownBy(() -> new UkHmtImporter().importFiles(List.of(new ListFile("ConList.csv", bad)), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("windows-1252");
    }
}
