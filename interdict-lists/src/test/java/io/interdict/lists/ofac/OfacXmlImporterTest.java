package io.interdict.lists.ofac;

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
import io.interdict.lists.common.ListFile;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class OfacXmlImporterTest {
    @Test
    void legacySdnListXml_strongAndWeakAliases() throws Exception {
        SourcePart p = OfacXmlImporter.consolidated().importFiles(List.of(TestFiles.fixture("ofac-cons/sample_ofac_consolidated.xml")), null).part();
        assertThat(p.entities()).hasSize(8);
        assertThat(p.info().listDate()).isEqualTo("2020-04-22");
        Entity e = entity(p, "ofac-cons:10689");
        assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(e.caption()).isEqualTo("SAEED, Muhammad");
        assertThat(names(e, NameStrength.WEAK_ALIAS)).contains("HAFIZ SAHIB", "TATA JI");
        assertThat(names(e, NameStrength.ALIAS)).contains("SAEED, Hafiz Muhammad");
        assertThat(ids(e)).contains("passport:BE5978421", "national_id:23250460642");
    }

    static ListFile enhancedXml() throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(TestFiles.bytes("fixtures/ofac-cons/CONS_ENHANCED.ZIP")))) {
            var entry = z.getNextEntry();
            return new ListFile(entry.getName(), z.readAllBytes());
        }
    }

    @Test
    void enhancedXml_fullFile() throws Exception {
        SourcePart p = OfacXmlImporter.consolidated().importFiles(List.of(enhancedXml()), null).part();
        assertThat(p.entities()).hasSize(443);
        assertThat(p.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count()).isEqualTo(80);
        assertThat(p.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION).count()).isEqualTo(363);
        assertThat(p.info().listDate()).isEqualTo("2025-01-10");
        Entity gazprom = entity(p, "ofac-cons:19546");
        assertThat(ids(gazprom)).contains("registration:1025000653930", "tax_id:5003021311", "domain:mrg.gazprom.ru");
        assertThat(names(entity(p, "ofac-cons:50476"), NameStrength.WEAK_ALIAS)).containsExactly("Sweet Micky");
        assertThat(entity(p, "ofac-cons:9639").attributes().get("listed_on")).contains("2006-04-12");
    }

    @Test
    void enhancedXml_cmicEntriesBelongToNsCmicWithTheirFeatureDates() throws Exception {
        SourcePart p = OfacXmlImporter.consolidated().importFiles(List.of(enhancedXml()), null).part();
        // <entity id="30947">: Listing Date (CMIC) 2021-06-03, Effective Date (CMIC) 2021-08-02,
        // Purchase/Sales For Divestment Date (CMIC) 2022-06-03 (valueDate and "03 Jun 2021" agree).
        Entity huawei = entity(p, "us-ofac-ns-cmic:30947");
        assertThat(huawei.attributes().get("listed_on")).containsExactly("2021-06-03");
        assertThat(huawei.attributes().get("effective_on")).containsExactly("2021-08-02");
        assertThat(huawei.attributes().get("effective_on:sale-after-divestment")).containsExactly("2022-06-03");
        assertThat(huawei.attributes().get("sanctions_list_published")).contains("2020-11-12", "2021-06-03");
        assertThat(p.entities().stream().filter(e -> e.id().startsWith("us-ofac-ns-cmic:"))).hasSize(68);
        assertThat(p.measures()).extracting(m -> m.id()).containsExactly("ofac-cons", "us-ofac-ns-cmic");
    }

    @Test
    void truncatedXml_errorWithLine() {
        String xml = "<?xml version=\"1.0\"?>\n<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">\n<sdnEntry><uid>1</uid>\n<lastName>X</lastName>\n";
        assertThatThrownBy(() -> OfacXmlImporter.sdn().importFiles(List.of(TestFiles.text("sdn.xml", xml)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors()).singleElement()
                        .satisfies(r -> {
                            assertThat(r.file()).isEqualTo("sdn.xml");
                            assertThat(r.line()).isGreaterThanOrEqualTo(4);
                            assertThat(r.message()).startsWith("malformed XML");
                        }));
    }

    @Test
    void duplicateUid() {
        String entry = "<sdnEntry><uid>7</uid><lastName>X</lastName><sdnType>Entity</sdnType></sdnEntry>\n";
        String xml = "<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\">\n" + entry + entry + "</sdnList>";
        assertThatThrownBy(() -> OfacXmlImporter.sdn().importFiles(List.of(TestFiles.text("sdn.xml", xml)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.report().errors()).singleElement()
                        .satisfies(r -> assertThat(r.line()).isEqualTo(3)));
    }

    /** A DOCTYPE pulling a local file must not be expanded (XXE): the parser refuses DTDs outright. */
    @Test
    void externalEntities_areRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName></sdnEntry></sdnList>";
        assertThatThrownBy(() -> OfacXmlImporter.sdn().importFiles(List.of(TestFiles.text("sdn.xml", xml)), null))
                .isInstanceOf(ImportException.class);
    }
}
