package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
    @TempDir
    Path dir;

    static final String OK = "{\"id\":\"%s\",\"date\":\"2024-06-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"%s\"}]}";

    List<JsonNode> screen(String input, int expectedExit, String... extra) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, input, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("screen", in.toString(), "--output", out.toString(), "--quiet"));
        args.addAll(List.of(extra));
        assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(expectedExit);
        List<JsonNode> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            rows.add(json.readTree(line));
        }
        return rows;
    }

    @Test
    void decisionsComeOutInInputOrderWithErrorsInPlace() throws IOException {
        String input = String.format(OK, "a", "MAHAN AIR") + "\n"
                + "{not json}\n"
                + String.format(OK, "b", "Microsoft Corporation").replace("2024-06-01", "2024-13-01") + "\n"
                + "\n"
                + String.format(OK, "c", "Microsoft Corporation") + "\n";
        List<JsonNode> rows = screen(input, ExitCodes.INPUT_ERRORS);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("outcome").asText()).isEqualTo("BLOCK");
        assertThat(rows.get(1).get("outcome").asText()).isEqualTo("ERROR");
        assertThat(rows.get(1).get("error").asText()).startsWith("line 2: malformed JSON");
        assertThat(rows.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(2).get("id").asText()).isEqualTo("b");
        assertThat(rows.get(2).get("error").asText()).contains("line 3").contains("field 'date'");
        assertThat(rows.get(3).get("id").asText()).isEqualTo("c");
        assertThat(rows.get(3).get("outcome").asText()).isEqualTo("ALLOW");
        assertThat(rows.get(0).get("snapshot").asText()).startsWith("sha256:");
    }

    @Test
    void anEmptyFileScreensNothingAndSucceeds() throws IOException {
        assertThat(screen("", ExitCodes.OK)).isEmpty();
    }

    @Test
    void csvInputIsDetected() throws IOException {
        String csv = "id,date,kind,jurisdiction,party_name\nx1,2022-01-01,equipment_purchase,GB,Huawei\n";
        List<JsonNode> rows = screen(csv, ExitCodes.OK);
        // Network not stated: the UK 5G clause may apply, so it needs review.
        assertThat(rows.get(0).get("outcome").asText()).isEqualTo("REVIEW");
    }

    @Test
    void knownAtFlagOverridesTheInput() throws IOException {
        String tx = "{\"id\":\"k\",\"date\":\"2025-05-01\",\"kind\":\"app_store_distribution\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"TikTok\"}]}";
        assertThat(screen(tx, ExitCodes.OK).get(0).get("outcome").asText()).isEqualTo("REVIEW");
        assertThat(screen(tx, ExitCodes.OK, "--known-at", "2025-01-19").get(0).get("outcome").asText()).isEqualTo("BLOCK");
    }

    @Test
    void aMissingFileFails() {
        assertThat(Main.run("screen", dir.resolve("nope.jsonl").toString(), "--quiet")).isEqualTo(ExitCodes.FAILURE);
    }
}
