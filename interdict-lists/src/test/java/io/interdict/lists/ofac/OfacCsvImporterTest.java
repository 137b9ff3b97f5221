package io.interdict.lists.ofac;

import static io.interdict.lists.TestFiles.entity;
import static io.interdict.lists.TestFiles.ids;
import static io.interdict.lists.TestFiles.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.measure.Reach;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.RowError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfacCsvImporterTest {
    static final String[] SDN = {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"};

    static SourcePart fixture() throws ImportException {
        return OfacCsvImporter.sdn().importFiles(TestFiles.fixtures("ofac-sdn", SDN), "2021-07-07").part();
    }

    @Test
    void person_withPassportsAliasesAndBirthDate() throws Exception {
        Entity e = entity(fixture(), "ofac-sdn:2676");
        assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(e.caption()).isEqualTo("AL ZAWAHIRI, Dr. Ayman");
        assertThat(ids(e)).contains("passport:1084010", "passport:19820215");
        assertThat(e.attributes().get("birth_date")).containsExactly("19 Jun 1951");
        assertThat(e.attributes().get("programs")).containsExactly("SDGT");
        assertThat(names(e, NameStrength.ALIAS)).isNotEmpty();
        assertThat(e.raw()).startsWith("2676,");
    }

    @Test
    void organisation_weakAkaFromRemarks() throws Exception {
        Entity e = entity(fixture(), "ofac-sdn:306");
        assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(names(e, NameStrength.WEAK_ALIAS)).containsExactly("BNC");
        assertThat(e.countries()).contains("CH", "ES", "JP", "PA");
        assertThat(e.attributes().get("address")).contains("Zweierstrasse 35, Zurich CH-8022, Switzerland");
    }

    @Test
    void vessel_imoMmsiCallSignFlag() throws Exception {
        Entity e = entity(fixture(), "ofac-sdn:15036");
        assertThat(e.kind()).isEqualTo(EntityKind.VESSEL);
        assertThat(ids(e)).contains("imo:9187629", "mmsi:572469210", "call_sign:T2EU4");
        assertThat(e.attributes().get("vessel_flag")).containsExactly("Iran");
        assertThat(e.attributes().get("vessel_type")).containsExactly("Crude/Oil Products Tanker");
        assertThat(names(e, NameStrength.WEAK_ALIAS)).contains("ALPHA");
    }

    @Test
    void aircraft_serialNumber() throws Exception {
        Entity e = entity(fixture(), "ofac-sdn:15431");
        assertThat(e.kind()).isEqualTo(EntityKind.AIRCRAFT);
        assertThat(ids(e)).contains("aircraft_msn:1023409321");
    }

    @Test
    void cryptoAddressesAndCommentOverflow() throws Exception {
        SourcePart p = fixture();
        assertThat(ids(entity(p, "ofac-sdn:25308"))).contains("crypto:12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
        // sdn_comments.csv continues the remarks mid-word: "...Joh" + "n'; Linked To: LAZARUS GROUP."
        Entity tian = entity(p, "ofac-sdn:28263");
        assertThat(tian.attributes().get("linked_to")).contains("LAZARUS GROUP");
    }

    @Test
    void measure_isTheOfacList() throws Exception {
        SourcePart p = fixture();
        assertThat(p.measures()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("ofac-sdn");
            assertThat(m.list()).isTrue();
            assertThat(m.listSource()).isEqualTo("ofac-sdn");
            assertThat(m.jurisdictions()).containsExactly("US");
            assertThat(m.prohibitions().get(0).reach()).contains(Reach.DIRECT, Reach.OWNED_50_PERCENT);
            assertThat(m.prohibitions().get(0).targets()).isEmpty();
            assertThat(m.prohibitions().get(0).kinds()).isEmpty();
        });
        assertThat(p.info().checksum()).startsWith("sha256:").hasSize(71);
        assertThat(p.info().listDate()).isEqualTo("2021-07-07");
    }

    @Test
    void fullBundledSdnSet_counts() throws Exception {
        ImportResult r = OfacCsvImporter.sdn().importFiles(
                TestFiles.bundled("ofac-sdn", "2021-07-07", "sdn.csv.gz", "add.csv.gz", "alt.csv.gz", "sdn_comments.csv.gz"), "2021-07-07");
        List<Entity> es = r.part().entities();
        assertThat(es).hasSize(8976);
        assertThat(r.report().rows()).isEqualTo(8976 + 13837 + 11910 + 5);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.PERSON).count()).isEqualTo(4620);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).count()).isEqualTo(3673);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.VESSEL).count()).isEqualTo(406);
        assertThat(es.stream().filter(e -> e.kind() == EntityKind.AIRCRAFT).count()).isEqualTo(277);
    }

    @Test
    void fullBundledConsolidatedSet_counts() throws Exception {
        ImportResult r = OfacCsvImporter.consolidated().importFiles(TestFiles.bundled("ofac-cons", "2025-12-19",
                "cons_prim.csv.gz", "cons_add.csv.gz", "cons_alt.csv.gz", "cons_comments.csv.gz"), "2025-12-19");
        assertThat(r.part().entities()).hasSize(442);
        assertThat(r.report().rows()).isEqualTo(442 + 574 + 1073 + 10);
        // NS-CMIC entries (programme CMIC-EO13959 only) belong to us-ofac-ns-cmic, the rest to ofac-cons.
        assertThat(r.part().entities().stream().filter(e -> e.id().startsWith("us-ofac-ns-cmic:"))).hasSize(68);
        assertThat(r.part().entities()).allMatch(e -> e.id().startsWith("ofac-cons:") || e.id().startsWith("us-ofac-ns-cmic:"));
        assertThat(r.part().measures()).extracting(m -> m.id()).containsExactly("ofac-cons", "us-ofac-ns-cmic");
    }

    @Test
    void cmicEntryCarriesItsThreeDatesFromTheRemarks() throws Exception {
        // cons_prim.csv: 30947,"HUAWEI TECHNOLOGIES CO., LTD.",-0- ,"CMIC-EO13959",... "Effective Date (CMIC) 02 Aug 2021;
        // Purchase/Sales For Divestment Date (CMIC) 03 Jun 2022; Listing Date (CMIC) 03 Jun 2021; ..."
        ImportResult r = OfacCsvImporter.consolidated().importFiles(TestFiles.bundled("ofac-cons", "2025-12-19",
                "cons_prim.csv.gz", "cons_add.csv.gz", "cons_alt.csv.gz", "cons_comments.csv.gz"), "2025-12-19");
        Entity huawei = entity(r.part(), "us-ofac-ns-cmic:30947");
        assertThat(huawei.attributes().get("listed_on")).containsExactly("2021-06-03");
        assertThat(huawei.attributes().get("effective_on")).containsExactly("2021-08-02");
        assertThat(huawei.attributes().get("effective_on:sale-after-divestment")).containsExactly("2022-06-03");
        assertThat(r.part().entities()).noneMatch(e -> e.id().equals("ofac-cons:30947"));
    }

    @Test
    void consolidatedFixture_identifiers() throws Exception {
        SourcePart p = OfacCsvImporter.consolidated().importFiles(
                TestFiles.fixtures("ofac-cons", "cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"), null).part();
        Entity gazprom = entity(p, "ofac-cons:19546");
        assertThat(ids(gazprom)).contains("registration:1025000653930", "tax_id:5003021311", "domain:mrg.gazprom.ru");
        assertThat(names(entity(p, "ofac-cons:50476"), NameStrength.WEAK_ALIAS)).containsExactly("Sweet Micky");
    }

    // ---- malformed input: every error names file, line and field; nothing is returned

    private static List<RowError> errors(List<ListFile> files) {
        try {
            OfacCsvImporter.sdn().importFiles(files, null);
        } catch (ImportException e) {
            return e.report().errors();
        }
        throw new AssertionError("import should have failed");
    }

    private static List<ListFile> withMain(String main) {
        List<ListFile> fs = new ArrayList<>(TestFiles.fixtures("ofac-sdn", "add.csv", "alt.csv", "sdn_comments.csv"));
        fs.add(0, TestFiles.text("sdn.csv", main));
        return fs;
    }

    @Test
    void missingColumns_isAnErrorWithLine() {
        String main = new String(TestFiles.bytes("fixtures/ofac-sdn/sdn.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",", "306,\"BANCO NACIONAL DE CUBA\",");
        assertThat(errors(withMain(main))).anySatisfy(e -> {
            assertThat(e.file()).isEqualTo("sdn.csv");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).contains("expected 12 fields, found 10");
        });
    }

    @Test
    void duplicatedEntNum() {
        String row = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        String main = new String(TestFiles.bytes("fixtures/ofac-sdn/sdn.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(errors(withMain(row + main))).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("ent_num");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("duplicate ent_num 306");
        });
    }

    @Test
    void truncatedFile_unterminatedQuote() {
        String main = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n173,\"ANGLO-CARIB";
        assertThat(errors(List.of(TestFiles.text("sdn.csv", main)))).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("unterminated");
        });
    }

    @Test
    void wrongEncoding_invalidUtf8Byte() {
        byte[] b = "36,\"AEROCARIBBEAN\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,\"CAF\u00c9\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(errors(List.of(new ListFile("sdn.csv", b)))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void aliasOfUnknownEntry_filesFromDifferentDates() {
        List<ListFile> fs = new ArrayList<>(TestFiles.fixtures("ofac-sdn", "sdn.csv"));
        fs.add(TestFiles.text("alt.csv", "99999,1,\"aka\",\"NOBODY\",-0- \r\n"));
        assertThat(errors(fs)).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("alt.csv");
            assertThat(e.message()).contains("unknown ent_num 99999");
        });
    }

    @Test
    void missingMainFile() {
        assertThatThrownBy(() -> OfacCsvImporter.sdn().importFiles(TestFiles.fixtures("ofac-sdn", "add.csv"), null))
                .isInstanceOf(ImportException.class).hasMessageContaining("main file");
    }
}
