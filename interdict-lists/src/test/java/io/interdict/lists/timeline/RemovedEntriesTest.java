package io.interdict.lists.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.lists.Embedded;
import io.interdict.lists.ListStore;
import io.interdict.lists.TestFiles;
import io.interdict.lists.common.ListFile;
import io.interdict.config.Config;
import io.interdict.lists.un.UnScImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry removed between two stored publications stays visible for the dates before its removal. */
class RemovedEntriesTest {
    @TempDir
    Path dir;

    @Test
    void removedEntryHitsBeforeItsRemovalAndNotFrom() throws Exception {
        ListFile first = TestFiles.fixture("un-sc/sample_unsc.xml");
        String text = new String(first.bytes(), StandardCharsets.UTF_8);
        int ref = text.indexOf("<REFERENCE_NUMBER>QDi.237</REFERENCE_NUMBER>");
        int start = text.lastIndexOf("<INDIVIDUAL>", ref);
        int end = text.indexOf("</INDIVIDUAL>", ref) + "</INDIVIDUAL>".length();
        ListFile second = TestFiles.text("sample_unsc.xml", text.substring(0, start) + text.substring(end));

        ListStore store = new ListStore(dir);
        store.save(new UnScImporter().importFiles(List.of(first), "2024-10-17").part(), List.of(first));
        store.save(new UnScImporter().importFiles(List.of(second), "2025-01-02").part(), List.of(second));

        SourcePart un = store.load().stream().filter(p -> p.info().id().equals("un-sc")).findFirst().orElseThrow();
        assertThat(un.info().listDate()).isEqualTo("2025-01-02");
        Entity gone = un.entities().stream().filter(e -> e.id().equals("un-sc:QDi.237")).findFirst().orElseThrow();
        assertThat(gone.attributes().get("removed_on")).containsExactly("2025-01-02");
        assertThat(gone.attributes().get("seen_in")).containsExactly("2024-10-17");

        Screener s = Embedded.screener(Embedded.snapshot(dir), Config.defaults());
        String name = gone.caption();
        assertThat(unHits(s, "2025-01-01", name)).isEqualTo("in_force");
        assertThat(unHits(s, "2025-01-02", name)).isEqualTo("none");
        // Listed on 2014-01-03 (LISTED_ON), so before that no hit either.
        assertThat(unHits(s, "2014-01-02", name)).isEqualTo("none");
    }

    private static String unHits(Screener s, String date, String name) {
        Decision d = s.screen(new Transaction("t", LocalDate.parse(date), null, TxKind.PAYMENT, "US",
                List.of(new Party("counterparty", name, null, List.of())), null, null, null, null));
        return d.hits().stream().filter(h -> h.measure().equals("un-sc") && h.entity().equals("un-sc:QDi.237"))
                .map(h -> h.status().wire()).findFirst().orElse("none");
    }
}
