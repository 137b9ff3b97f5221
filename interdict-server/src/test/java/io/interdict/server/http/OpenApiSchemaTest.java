package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import io.interdict.server.kit.ServerKit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transaction and decision schemas of {@code /openapi.json} are true: the example transactions
 * validate against Transaction, and every decision the server answers for them (and for the bad-input
 * example, ERROR decisions with their lines) validates against Decision, which admits no other field.
 */
class OpenApiSchemaTest {
    static final ServerKit kit = ServerKit.shared();
    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    static JsonSchema schema(JsonNode doc, String name) {
        ObjectNode s = ((ObjectNode) doc.get("components").get("schemas").get(name)).deepCopy();
        s.set("components", doc.get("components"));
        return FACTORY.getSchema(s);
    }

    static List<String> lines(String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("..", "examples", file), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    @Test
    void exampleTransactionsAndTheirDecisionsFitTheDocumentedSchemas() throws IOException {
        JsonNode doc = kit.get("/openapi.json", null).json();
        JsonSchema transaction = schema(doc, "Transaction");
        JsonSchema decision = schema(doc, "Decision");
        int hits = 0;
        for (String tx : lines("transactions.jsonl")) {
            assertThat(transaction.validate(ServerKit.JSON.readTree(tx))).as(tx).isEmpty();
            ServerKit.Resp r = kit.post("/v1/screen", tx, kit.screenKey);
            assertThat(r.status()).isEqualTo(200);
            assertThat(decision.validate(r.json())).as(r.body()).isEmpty();
            hits += r.json().get("hits").size();
        }
        assertThat(hits).as("the examples produce hits to check").isPositive();
        ServerKit.Resp bad = kit.post("/v1/screen", String.join("\n", lines("bad-input.jsonl")), "application/x-ndjson", kit.screenKey);
        int errors = 0;
        for (String line : bad.body().split("\n")) {
            JsonNode d = ServerKit.JSON.readTree(line);
            assertThat(decision.validate(d)).as(line).isEmpty();
            errors += d.has("error") ? 1 : 0;
        }
        assertThat(errors).isPositive();
        ServerKit.Resp check = kit.get("/v1/check?id=android:com.tencent.mm&date=2020-09-25", kit.screenKey);
        assertThat(decision.validate(check.json())).as(check.body()).isEmpty();
    }

    @Test
    void anUndocumentedFieldIsRejectedBySchemaAsByServer() throws IOException {
        JsonNode doc = kit.get("/openapi.json", null).json();
        String tx = lines("transactions.jsonl").get(0).replace("\"kind\"", "\"knid\": 1, \"kind\"");
        assertThat(schema(doc, "Transaction").validate(ServerKit.JSON.readTree(tx))).isNotEmpty();
        assertThat(kit.post("/v1/screen", tx, kit.screenKey).status()).isEqualTo(400);
    }
}
