package io.interdict.cli;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV1;
import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.match.fuzzy.NameScore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict compare}: the score of two names, or of every pair in a CSV file. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Scores two names (or every row of --pairs FILE.csv with columns name1,name2[,schema]; other columns are kept)",
                "and writes CSV with score and match added; --explain adds the features and token pairs."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "NAME", description = "Two names.")
    List<String> names = new ArrayList<>();

    @Option(names = "--schema", description = "Person, Organization, Company, LegalEntity or Vessel (optional).")
    String schema;

    @Option(names = "--pairs", paramLabel = "FILE", description = "CSV with name1,name2[,schema] columns.")
    Path pairs;

    @Option(names = "--explain", description = "Add an explanation column.")
    boolean explain;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "interdict-v2 or interdict-v1 (default: the configured "
            + "matcher.algorithm, or interdict-v2 when that is not a fuzzy one).")
    String algorithm;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!((pairs == null && names.size() == 2) || (pairs != null && names.isEmpty()))) {
            spec.commandLine().getErr().println("interdict compare: give NAME1 NAME2 or --pairs FILE (not both)");
            return ExitCodes.USAGE;
        }
        MatchSettings settings = engine.config().screeningPolicy().match();
        String chosen = algorithm != null ? algorithm : engine.config().algorithm();
        if (!chosen.equals(InterdictV1.NAME) && !chosen.equals(InterdictV2.NAME)) {
            if (algorithm != null) {
                spec.commandLine().getErr().println("interdict compare: --algorithm must be interdict-v1 or interdict-v2");
                return ExitCodes.USAGE;
            }
            chosen = InterdictV2.NAME;
        }
        try (Writer out = Output.open(output)) {
            if (pairs == null) {
                NameFiles.writeCsvRow(out, header(List.of("name1", "name2", "schema")));
                NameScore s = FuzzyMatcher.compare(chosen, names.get(0), names.get(1), schema);
                List<String> row = new ArrayList<>(List.of(names.get(0), names.get(1), schema == null ? "" : schema));
                NameFiles.writeCsvRow(out, withScore(row, s, settings));
                return ExitCodes.OK;
            }
            NameFiles.Table t;
            try {
                t = NameFiles.readCsv(pairs);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("interdict compare: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            int a = t.column("name1");
            int b = t.column("name2");
            int sc = t.column("schema");
            if (a < 0 || b < 0) {
                spec.commandLine().getErr().println("interdict compare: " + pairs + ": the header needs name1 and name2 columns");
                return ExitCodes.FAILURE;
            }
            NameFiles.writeCsvRow(out, header(t.header()));
            for (int i = 0; i < t.rows().size(); i++) {
                String[] r = t.rows().get(i);
                if (r.length != t.header().size()) {
                    spec.commandLine().getErr().println("interdict compare: " + pairs + ":" + t.lines().get(i)
                            + ": expected " + t.header().size() + " columns, found " + r.length);
                    return ExitCodes.FAILURE;
                }
                String s = sc >= 0 && !r[sc].isBlank() ? r[sc] : schema;
                NameFiles.writeCsvRow(out, withScore(new ArrayList<>(Arrays.asList(r)), FuzzyMatcher.compare(chosen, r[a], r[b], s), settings));
            }
        }
        return ExitCodes.OK;
    }

    private List<String> header(List<String> columns) {
        List<String> h = new ArrayList<>(columns);
        h.add("score");
        h.add("match");
        if (explain) {
            h.add("explanation");
        }
        return h;
    }

    private List<String> withScore(List<String> row, NameScore s, MatchSettings settings) {
        row.add(String.format(Locale.ROOT, "%.4f", s.score()));
        row.add(String.valueOf(s.score() >= settings.reviewThreshold()));
        if (explain) {
            StringBuilder sb = new StringBuilder(String.join(" ", s.pairs()));
            s.features().forEach(f -> sb.append("; ").append(f.name()).append(String.format(Locale.ROOT, " %+.3f", f.value())));
            row.add(sb.toString());
        }
        return row;
    }
}
