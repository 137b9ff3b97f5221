package io.interdict.lists.timeline;

import static io.interdict.lists.TestFiles.entity;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.screen.ListEntry;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.TestFiles;
import io.interdict.lists.csl.CslImporter;
import io.interdict.lists.ukhmt.UkHmtImporter;
import io.interdict.lists.un.UnScImporter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each importer keeps the listing date its source gives, as the entry's {@link ListEntry} reads it
 * (EU FSF: EuFsfImporterTest; OFAC Enhanced XML and CMIC: OfacXmlImporterTest, OfacCsvImporterTest;
 * DPL: DplImporterTest). Rows quoted are from the bundled files.
 */
class ListingDatesTest {
    @Test
    void un_listedOn() throws Exception {
        // consolidated.xml 2026-02-27: <REFERENCE_NUMBER>HTi.008</REFERENCE_NUMBER> <LISTED_ON>2025-10-17</LISTED_ON>
        SourcePart p = new UnScImporter().importFiles(TestFiles.bundled("un-sc", "2026-02-27", "consolidated.xml.gz"), "2026-02-27").part();
        Entity herard = entity(p, "un-sc:HTi.008");
        assertThat(herard.caption()).isEqualTo("DIMITRI HERARD");
        assertThat(ListEntry.of(herard).listedOn()).isEqualTo(LocalDate.of(2025, 10, 17));
        assertThat(p.entities()).allMatch(e -> ListEntry.of(e).listedOn() != null);
    }

    @Test
    void ukHmt_listedOn() throws Exception {
        // sanctionsconlist.csv 2018-04-13: " AL-QAHTANI,Sheikh,Farooq,...,Individual,AKA,...,01/04/2016,01/04/2016,13349"
        SourcePart p = new UkHmtImporter().importFiles(TestFiles.bundled("uk-hmt", "2018-04-13", "sanctionsconlist.csv.gz"), "2018-04-13").part();
        assertThat(ListEntry.of(entity(p, "uk-hmt:13349")).listedOn()).isEqualTo(LocalDate.of(2016, 4, 1));
    }

    @Test
    void csl_startDate_andCmicDatesFromTheIdsColumn() throws Exception {
        SourcePart p = new CslImporter().importFiles(TestFiles.bundled("us-csl", "2022-05-16", "consolidated.csv.gz"), "2022-05-16").part();
        // "Beijing Huawei Digital Technologies Co., Ltd.", Entity List, start_date 2019-05-21 (84 FR 22961)
        Entity bis = p.entities().stream().filter(e -> e.caption().equals("Beijing Huawei Digital Technologies Co., Ltd."))
                .findFirst().orElseThrow();
        assertThat(ListEntry.of(bis).listedOn()).isEqualTo(LocalDate.of(2019, 5, 21));
        // 30947 HUAWEI TECHNOLOGIES CO., LTD., ids: "02 Aug 2021, Effective Date (CMIC); ... 03 Jun 2021, Listing Date (CMIC);
        // 03 Jun 2022, Purchase/Sales For Divestment Date (CMIC)"
        ListEntry cmic = ListEntry.of(entity(p, "us-ofac-ns-cmic:30947"));
        assertThat(cmic.listedOn()).isEqualTo(LocalDate.of(2021, 6, 3));
        assertThat(cmic.effective("purchase")).isEqualTo(LocalDate.of(2021, 8, 2));
        assertThat(cmic.effective("sale-after-divestment")).isEqualTo(LocalDate.of(2022, 6, 3));
        // SDN rows of the CSL carry no start_date: their listing date is unknown.
        assertThat(ListEntry.of(entity(p, "ofac-sdn:306")).listedOn()).isNull();
        assertThat(p.measures()).extracting(m -> m.id()).contains("us-ofac-ns-cmic");
        assertThat(List.copyOf(p.entities()).stream().filter(e -> e.id().startsWith("ofac-cons:"))
                .noneMatch(e -> e.attributes().getOrDefault("programs", List.of()).contains("CMIC-EO13959"))).isTrue();
    }
}
