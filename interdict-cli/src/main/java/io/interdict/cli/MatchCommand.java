package io.interdict.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.match.Feature;
import io.interdict.core.match.fuzzy.InterdictV1;
import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Traits;
import java.io.BufferedReader;
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

    @Option(names = "--input", paramLabel = "FILE", description = {"CSV with a name or full_name column, or JSON Lines with \"name\";",
            "optional date_of_birth, nationality, country and gender columns (fields) are scored by interdict-v2."})
    Path input;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "interdict-v2 or interdict-v1 (default: the configured matcher.algorithm, "
            + "or interdict-v2 when that is not a fuzzy one).")
    String algorithm;

    @Option(names = "--explain", description = "Add each candidate's features (name and attribute) to the output.")
    boolean explain;

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
        List<Query> queries;
        String chosen = algorithm != null ? algorithm : engine.config().algorithm();
        if (!chosen.equals(InterdictV1.NAME) && !chosen.equals(InterdictV2.NAME)) {
            if (algorithm != null) {
                spec.commandLine().getErr().println("interdict match: --algorithm must be interdict-v1 or interdict-v2");
                return ExitCodes.USAGE;
            }
            chosen = io.interdict.core.match.Matchers.defaultAlgorithm();
        }
        try {
            queries = name != null ? List.of(new Query(name, Traits.NONE)) : readQueries(input);
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
        // From the compiled snapshot, which holds the configured algorithm's index; another one is built for this run.
        FuzzyMatcher matcher = engine.fuzzy(chosen);
        // One generator for the whole output, a record per line: rows go out in the writer's 64 kB blocks
        // (a generator per row flushed every row down to a system call).
        try (Writer out = Output.open(output); JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            for (Query query : queries) {
                String q = query.name();
                g.writeStartObject();
                g.writeStringField("query", q);
                g.writeArrayFieldStart("candidates");
                for (SearchHit h : q.isBlank() ? List.<SearchHit>of() : matcher.search(q, query.traits(), list, limit)) {
                    g.writeStartObject();
                    g.writeStringField("entity", h.entityId());
                    g.writeStringField("name", h.name());
                    g.writeNumberField("score", Math.round(h.score() * 10000) / 10000.0);
                    g.writeBooleanField("match", h.match());
                    if (explain) {
                        g.writeArrayFieldStart("features");
                        for (Feature feature : h.explanation().features()) {
                            g.writeStartObject();
                            g.writeStringField("name", feature.name());
                            g.writeNumberField("value", Math.round(feature.value() * 10000) / 10000.0);
                            g.writeStringField("detail", feature.detail());
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
        return ExitCodes.OK;
    }

    /** A name to search for and what else the input says about the party (birth date, nationality...). */
    record Query(String name, Traits traits) {
    }

    /** The optional attribute columns (CSV) or fields (JSON Lines) of --input. */
    static final List<String> TRAIT_COLUMNS = List.of("date_of_birth", "nationality", "country", "gender");

    /** The first line of the file that is not blank, or "" (the rest is not read). */
    private static String firstLine(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    return l;
                }
            }
        }
        return "";
    }

    static List<Query> readQueries(Path file) throws IOException {
        List<Query> out = new ArrayList<>();
        if (firstLine(file).stripLeading().startsWith("{")) {
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
                String[] t = new String[TRAIT_COLUMNS.size()];
                for (int k = 0; k < t.length; k++) {
                    JsonNode v = n.path(TRAIT_COLUMNS.get(k));
                    if (!v.isMissingNode() && !v.isNull() && !v.isTextual()) {
                        throw new IllegalArgumentException(file + ":" + line + ": field '" + TRAIT_COLUMNS.get(k) + "' must be a string");
                    }
                    t[k] = v.isTextual() ? v.asText() : null;
                }
                out.add(new Query(n.get("name").asText(), Traits.of(t[0], t[1], t[2], t[3])));
            }
            return out;
        }
        NameFiles.Table t = NameFiles.readCsv(file);
        int col = t.column("name", "full_name");
        if (col < 0) {
            throw new IllegalArgumentException(file + ": the header has no 'name' or 'full_name' column");
        }
        int[] traitCols = TRAIT_COLUMNS.stream().mapToInt(t::column).toArray();
        for (String[] r : t.rows()) {
            String[] v = new String[traitCols.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = traitCols[k] >= 0 && traitCols[k] < r.length ? r[traitCols[k]] : null;
            }
            out.add(new Query(col < r.length ? r[col] : "", Traits.of(v[0], v[1], v[2], v[3])));
        }
        return out;
    }
}
