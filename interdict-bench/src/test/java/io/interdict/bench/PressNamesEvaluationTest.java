package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The press-names set's file and how its rows name their listed entries. */
class PressNamesEvaluationTest {
    @Test
    void everyRowIsComplete() throws Exception {
        List<PressNamesEvaluation.Row> rows = PressNamesEvaluation.rows();
        assertThat(rows).hasSizeGreaterThan(200);
        Set<String> queries = new HashSet<>();
        for (PressNamesEvaluation.Row r : rows) {
            assertThat(r.schema()).as(r.query()).isIn("Person", "Organization", "Company", "Vessel");
            assertThat(r.kind()).as(r.query()).isIn("short", "spelling", "order", "translation", "same");
            assertThat(r.listedNames()).as(r.query()).isNotEmpty();
            assertThat(queries.add(r.query())).as("one row per query: " + r.query()).isTrue();
        }
        // both halves hold a fair share of the rows
        long tuning = rows.stream().filter(PressNamesEvaluation.Row::tuning).count();
        assertThat(tuning).isBetween(rows.size() / 3L, rows.size() * 2L / 3);
    }

    @Test
    void aListedNameMeetsAnEntitysNameByItsWords() {
        assertThat(PressNamesEvaluation.key("MILLER, Alexey Borisovich"))
                .isEqualTo(PressNamesEvaluation.key("Alexey Borisovich Miller"));
        assertThat(PressNamesEvaluation.key("PRIVATE MILITARY COMPANY 'WAGNER'"))
                .isEqualTo(PressNamesEvaluation.key("private military company wagner"));
        assertThat(PressNamesEvaluation.key("Société Générale")).isEqualTo(PressNamesEvaluation.key("SOCIETE GENERALE"));
        assertThat(PressNamesEvaluation.key("KIM JONG UN")).isNotEqualTo(PressNamesEvaluation.key("KIM JONG IL"));
    }

    @Test
    void aNoteNamesItsEntry() {
        assertThat(PressNamesEvaluation.noteId("ofac-sdn ent 4697")).isEqualTo("ofac-sdn:4697");
        assertThat(PressNamesEvaluation.noteId("ofac-cons ent 30947")).isEqualTo("ofac-cons:30947");
        assertThat(PressNamesEvaluation.noteId("un-sc QDi.006")).isEqualTo("un-sc:QDi.006");
        assertThat(PressNamesEvaluation.noteId("us-csl Entity List _id 12f6")).isNull();
    }
}
