package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchAndCompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void matchWritesOneJsonLinePerQueryWithCandidates() throws IOException {
        Path in = Files.writeString(dir.resolve("q.csv"), "id,full_name\n1,Mahaan Air\n2,\"CamScaner\"\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(Main.run("match", "--input", in.toString(), "--limit", "2", "-o", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"query\":\"Mahaan Air\",\"candidates\":[{\"entity\":\"ofac-sdn:12927\",\"name\":\"MAHAN AIR\"")
                .contains("\"match\":true");
        assertThat(lines.get(1)).contains("\"entity\":\"interdict:app/camscanner\"");
    }

    @Test
    void matchReadsJsonLinesAfterBlankLinesAndWritesEachRecordOnALineOfItsOwn() throws IOException {
        Path in = Files.writeString(dir.resolve("q.jsonl"), "\n  \n{\"name\":\"Mahaan Air\"}\n\n{\"name\":\" \"}\n"
                + "{\"name\":\"CamScaner\",\"country\":\"CN\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(Main.run("match", "--input", in.toString(), "--limit", "1", "-o", out.toString())).isZero();
        String text = Files.readString(out);
        assertThat(text).endsWith("}\n").doesNotContain("\n\n").doesNotContain("} {");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).path("candidates").isArray()).as(line).isTrue();
        }
        assertThat(lines.get(0)).startsWith("{\"query\":\"Mahaan Air\",\"candidates\":[{\"entity\":\"ofac-sdn:12927\"");
        assertThat(lines.get(1)).isEqualTo("{\"query\":\" \",\"candidates\":[]}");
        assertThat(lines.get(2)).contains("\"entity\":\"interdict:app/camscanner\"");
    }

    @Test
    void matchScoresBirthDateAndNationalityColumnsAndExplainsThem() throws IOException {
        Path in = Files.writeString(dir.resolve("people.csv"), "full_name,date_of_birth,nationality\n"
                + "Saddam Hussein al-Tikriti,1937-04-28,Iraq\n"
                + "Saddam Hussein al-Tikriti,1990-01-01,FR\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(Main.run("match", "--input", in.toString(), "--algorithm", "interdict-v2", "--list", "un-sc", "--limit", "1", "--explain",
                "-o", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("\"entity\":\"un-sc:IQi.001\"").contains("\"dob_match\"")
                .contains("\"nationality_match\"").contains("\"match\":true");
        assertThat(lines.get(1)).contains("\"dob_year_mismatch\"").contains("\"nationality_mismatch\"")
                .contains("\"match\":false");
        // The released version ignores them.
        assertThat(Main.run("match", "--input", in.toString(), "--list", "un-sc", "--limit", "1", "--algorithm",
                "interdict-v1", "-o", out.toString())).isZero();
        assertThat(Files.readAllLines(out).get(1)).contains("\"match\":true");
    }

    @Test
    void underInterdictV2TheCompiledIndexIsAddedOnceThenRead() throws IOException {
        Path config = Files.writeString(dir.resolve("v2.yaml"), "matcher:\n  algorithm: interdict-v2\n");
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        // The tests' home may hold v1's index only (then the first run adds v2's) or both already.
        var a = CheckAndMeasuresCommandTest.run("match", "--config", config.toString(), "Kim Jong Un", "-o", first.toString());
        assertThat(a.exit()).isZero();
        assertThat(a.err()).doesNotContain("building it in memory");
        var b = CheckAndMeasuresCommandTest.run("match", "--config", config.toString(), "Kim Jong Un", "-o", second.toString());
        assertThat(b.exit()).isZero();
        assertThat(b.err()).doesNotContain("compiling").doesNotContain("adding").doesNotContain("building");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).contains("\"match\":true");
    }

    @Test
    void matchRestrictedToAListAndInputErrors() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(Main.run("match", "MAHAN AIR", "--list", "un-sc", "-o", out.toString())).isZero();
        assertThat(Files.readString(out)).doesNotContain("ofac-sdn:");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,nom\n1,x\n");
        assertThat(Main.run("match", "--input", bad.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(Main.run("match")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void compareKeepsOtherColumnsAndAddsScoreAndMatch() throws IOException {
        Path in = Files.writeString(dir.resolve("p.csv"), "name1,name2,schema,label\nCamScaner,CamScanner,Company,1\n"
                + "\"Putin, Vladimir\",Vladimir Putin,Person,1\nAcme Trading,Zenith Foods,Company,0\n");
        Path out = dir.resolve("out.csv");
        assertThat(Main.run("compare", "--pairs", in.toString(), "-o", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("name1,name2,schema,label,score,match");
        assertThat(lines.get(1)).startsWith("CamScaner,CamScanner,Company,1,").endsWith(",true");
        assertThat(lines.get(2)).endsWith("1.0000,true");
        assertThat(lines.get(3)).endsWith(",false");
    }
}
