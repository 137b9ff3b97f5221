package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.Measure;
import io.interdict.core.screen.ReachIndex;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.csl.CslImporter;
import io.interdict.regime.RegimeLoader;
import io.interdict.lists.un.UnScImporter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSetTest {
    @Test
    void failedImport_leavesThePreviousPartActive() throws Exception {
        ListSet set = new ListSet();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null);
        SourcePart before = set.part("un-sc").orElseThrow();
        String truncated = new String(TestFiles.bytes("fixtures/un-sc/sample_unsc.xml"), java.nio.charset.StandardCharsets.UTF_8).substring(0, 4000);
        assertThatThrownBy(() -> set.load(new UnScImporter(), List.of(TestFiles.text("consolidated.xml", truncated)), null))
                .isInstanceOf(ImportException.class);
        assertThat(set.part("un-sc")).containsSame(before);
        assertThat(set.parts()).hasSize(1);
    }

    @Test
    void activation_replacesOnlyItsSource() throws Exception {
        ListSet set = new ListSet();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), null);
        set.load(new CslImporter(), List.of(TestFiles.fixture("us-csl/consolidated.csv")), null);
        List<SourcePart> snapshotOfParts = set.parts();
        set.load(new UnScImporter(), List.of(TestFiles.fixture("un-sc/sample_unsc.xml")), "2030-01-01");
        assertThat(snapshotOfParts.get(0).info().listDate()).isEqualTo("2024-10-17");   // earlier views never change
        assertThat(set.part("un-sc").orElseThrow().info().listDate()).isEqualTo("2030-01-01");
        assertThat(set.parts()).extracting(p -> p.info().id()).containsExactly("un-sc", "us-csl");
    }

    @Test
    void csl_entityListRows_reachTheRegimesEntityListMeasure() throws Exception {
        ListSet set = new ListSet();
        set.load(new CslImporter(), List.of(TestFiles.fixture("us-csl/consolidated.csv")), null);
        Snapshot s = set.snapshot(List.of(RegimeLoader.load()));
        Measure el = s.measure("us-bis-entity-list").orElseThrow();
        assertThat(el.list()).isTrue();
        assertThat(el.listSource()).isEqualTo("us-bis-entity-list");
        assertThat(el.prohibitions()).extracting(p -> p.clause()).contains("huawei-listing", "list");
        assertThat(s.measures().stream().filter(m -> m.id().equals("us-bis-entity-list"))).hasSize(1);
        Entity huawei = s.entities().stream().filter(e -> e.caption().equals("Beijing Huawei Digital Technologies Co., Ltd."))
                .findFirst().orElseThrow();
        ReachIndex reach = new ReachIndex(s);
        assertThat(reach.paths(huawei.id())).extracting(p -> p.clause().measure().id()).contains("us-bis-entity-list");
        assertThat(reach.paths("ofac-sdn:9935")).extracting(p -> p.clause().measure().id()).containsExactly("ofac-sdn");
    }

    @Test
    void overlappingEntities_newestListDateWins() throws Exception {
        ListFile csl = TestFiles.fixture("us-csl/consolidated.csv");
        SourcePart older = new CslImporter().importFiles(List.of(csl), "2020-01-01").part();
        SourcePart newer = new CslImporter().importFiles(List.of(csl), "2022-01-01").part();
        SourcePart renamed = new SourcePart(new io.interdict.core.snapshot.SourceInfo("copy", "x", "2022-01-01", null, "sha256:0"),
                newer.entities(), List.of(), newer.measures());
        PartReconciler.Reconciled r = PartReconciler.reconcile(List.of(older, renamed));
        assertThat(r.problems()).isEmpty();
        assertThat(r.parts().get(0).entities()).isEmpty();
        assertThat(r.parts().get(1).entities()).hasSize(newer.entities().size());
        assertThat(Snapshot.of(r.parts()).entities()).hasSize(newer.entities().size());
    }

    /** The embedded default (regime + every bundled list) assembles; the figures are in docs/lists.md. */
    @Test
    void embeddedDefault_assembles() {
        Snapshot s = Embedded.snapshot();
        assertThat(s.sources()).extracting(i -> i.id())
                .contains("ofac-sdn", "ofac-cons", "un-sc", "uk-hmt", "us-csl", "us-bis-dpl");
        assertThat(s.entities().size()).isGreaterThan(17000);
        assertThat(s.measure("un-sc")).isPresent();
    }
}
