package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListsCommandTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ListsCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path un() throws IOException {
        Path p = tmp.resolve("old/consolidated.xml");
        Files.createDirectories(p.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lists-fixtures/consolidated.xml")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void import_storesThePublication_andShowListsIt() throws IOException {
        Path data = tmp.resolve("data");
        Run imp = run("import", "un-sc", un().toString(), "--data-dir", data.toString(), "--allow-shrink");
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("un-sc: 7 rows, 7 entities");
        Path stored = Path.of(imp.out().lines().filter(l -> l.startsWith("stored in ")).findFirst().orElseThrow()
                .substring("stored in ".length()));
        assertThat(stored.resolve("list.properties")).exists();
        assertThat(data.resolve("published.properties")).exists();
        Run show = run("show", "--data-dir", data.toString(), "--today", "2024-12-01", "--max-age-days", "30");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("SOURCE", "ofac-sdn", "us-csl", "uk-hmt");
        String unLine = show.out().lines().filter(l -> l.startsWith("un-sc")).findFirst().orElseThrow();
        assertThat(unLine).contains("2024-10-17", " 7 ", "45d", "WARNING: older than 30 days");
    }

    @Test
    void screeningUsesTheStoredListInPlaceOfTheBundledOne() throws IOException {
        Path data = tmp.resolve("data");
        assertThat(run("import", "un-sc", un().toString(), "--data-dir", data.toString(), "--allow-shrink").code()).isZero();
        String stored = snapshotOf(data);
        assertThat(stored).startsWith("sha256:").isNotEqualTo(snapshotOf(null));
    }

    /** The snapshot hash of a check decision, with the lists of {@code listsDir} (null = default location). */
    private String snapshotOf(Path listsDir) {
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", "JABER", "--json", "--date", "2024-12-01"));
        args.addAll(java.util.List.of("--lists-dir", (listsDir == null ? tmp.resolve("none") : listsDir).toString()));
        assertThat(cl.execute(args.toArray(String[]::new))).isZero();
        String json = out.toString();
        int i = json.indexOf("\"snapshot\":\"") + 12;
        return json.substring(i, json.indexOf('"', i));
    }

    @Test
    void import_malformed_reportsEveryErrorAndStoresNothing() throws IOException {
        Path bad = tmp.resolve("consolidated.xml");
        Files.writeString(bad, Files.readString(un()).substring(0, 3000), StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        Run r = run("import", "un-sc", bad.toString(), "--data-dir", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("consolidated.xml:", "malformed XML", "active list is unchanged");
        assertThat(data.resolve("un-sc")).doesNotExist();
    }

    @Test
    void diff_tableAndJson() throws IOException {
        Path old = un();
        Path neu = tmp.resolve("new/consolidated.xml");
        Files.createDirectories(neu.getParent());
        Files.writeString(neu, Files.readString(old).replace("<REFERENCE_NUMBER>TAi.036</REFERENCE_NUMBER>",
                "<REFERENCE_NUMBER>XXi.999</REFERENCE_NUMBER>"));
        Run table = run("diff", old.getParent().toString(), neu.getParent().toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("un-sc:XXi.999", "un-sc:TAi.036", "1 added, 1 removed, 0 changed, 6 unchanged");
        Run json = run("diff", old.toString(), neu.toString(), "--json");
        assertThat(json.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"op\":"));
    }
}
