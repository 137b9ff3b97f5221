package io.interdict.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict match}: name search over the lists, without rules. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Searches the lists for a name (or every name of --input) and prints the best candidates as JSON Lines:",
                "{\"query\":…,\"candidates\":[{\"entity\":…,\"name\":…,\"score\":…,\"match\":true|false}]}; match = score at or above the match threshold."})
final class MatchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The name to search for.")
    String name;

    @Option(names = "--input", paramLabel = "FILE", description = "CSV with a name or full_name column, or JSON Lines with \"name\".")
    Path input;

    @Option(names = "--list", paramLabel = "SOURCE", description = "Only this list (entity id prefix: ofac-sdn, un-sc, uk-hmt, interdict …).")
    String list;

    @Option(names = "--limit", description = "Candidates per query (default: ${DEFAULT-VALUE}).", defaultValue = "5")
    int limit;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((name == null) == (input == null)) {
            spec.commandLine().getErr().println("interdict match: give a NAME or --input FILE (not both)");
            return ExitCodes.USAGE;
        }
        if (limit < 1 || limit > 1000) {
            spec.commandLine().getErr().println("interdict match: --limit must be 1..1000");
            return ExitCodes.USAGE;
        }
        List<String> queries;
        try {
            queries = name != null ? List.of(name) : readQueries(input);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("interdict match: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        io.interdict.core.snapshot.Snapshot snapshot = engine.snapshot();
        if (list != null) {
            java.util.Set<String> known = new java.util.TreeSet<>();
            for (io.interdict.core.entity.Entity e : snapshot.entities()) {
                known.add(e.id().substring(0, Math.max(0, e.id().indexOf(':'))));
            }
            if (!known.contains(list)) {
                spec.commandLine().getErr().println("interdict match: --list: unknown list '" + list + "' (one of "
                        + String.join(", ", known) + ")");
                return ExitCodes.USAGE;
            }
        }
        FuzzyMatcher matcher = engine.fuzzy();
        JsonFactory f = new JsonFactory();
        try (Writer out = Output.open(output)) {
            for (String q : queries) {
                try (JsonGenerator g = f.createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("query", q);
                    g.writeArrayFieldStart("candidates");
                    for (SearchHit h : q.isBlank() ? List.<SearchHit>of() : matcher.search(q, list, limit)) {
                        g.writeStartObject();
                        g.writeStringField("entity", h.entityId());
                        g.writeStringField("name", h.name());
                        g.writeNumberField("score", Math.round(h.score() * 10000) / 10000.0);
                        g.writeBooleanField("match", h.match());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.write('\n');
            }
        }
        return ExitCodes.OK;
    }

    static List<String> readQueries(Path file) throws IOException {
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        List<String> out = new ArrayList<>();
        if (first.stripLeading().startsWith("{")) {
            ObjectMapper json = new ObjectMapper();
            long line = 0;
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(l);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + line + ": malformed JSON");
                }
                if (!n.path("name").isTextual()) {
                    throw new IllegalArgumentException(file + ":" + line + ": field 'name' is required");
                }
                out.add(n.get("name").asText());
            }
            return out;
        }
        NameFiles.Table t = NameFiles.readCsv(file);
        int col = t.column("name", "full_name");
        if (col < 0) {
            throw new IllegalArgumentException(file + ": the header has no 'name' or 'full_name' column");
        }
        for (String[] r : t.rows()) {
            out.add(col < r.length ? r[col] : "");
        }
        return out;
    }
}
