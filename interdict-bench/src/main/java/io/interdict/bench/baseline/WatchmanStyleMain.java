package io.interdict.bench.baseline;

import io.interdict.bench.Csv;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.lists.Embedded;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link WatchmanStyleScorer} over every name of the bundled lists (the snapshot `interdict
 * match` searches without stored lists) for each name of a CSV file (column {@code name} or
 * {@code full_name}), writing the best five entities per name as one line, the way {@code interdict
 * match --input} does. scripts/bench-match times it against {@code interdict match --input}.
 *
 * <pre>
 *   java -cp interdict-bench/target/classes:interdict-cli/target/interdict.jar \
 *       io.interdict.bench.baseline.WatchmanStyleMain NAMES.csv OUT [LIMIT]
 * </pre>
 * LIMIT searches only the first LIMIT names. Prints to standard error the queries searched and the
 * time spent searching them (after the lists were loaded and prepared).
 *
 * <p>The prepared names are compacted by a full collection before the first query. Without it the
 * scorer's rate (it walks every prepared name per query, so it is bound by memory) depended on where
 * earlier young collections had happened to copy its arrays, that is on whatever the process allocated
 * before: measured 2026-11-30, the same scorer on the same names gave 71-80 queries/s or 100-120
 * queries/s by the build of the list-loading code alone, and 120-129 with the compaction in both.
 */
public final class WatchmanStyleMain {
    private WatchmanStyleMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: WatchmanStyleMain NAMES.csv OUT [LIMIT]");
            System.exit(2);
        }
        List<String> queries = names(Path.of(args[0]));
        if (args.length > 2) {
            queries = queries.subList(0, Math.min(queries.size(), Integer.parseInt(args[2])));
        }
        List<String[]> listNames = embeddedNames();
        WatchmanStyleScorer scorer = new WatchmanStyleScorer(listNames);
        listNames = null;
        System.gc();   // the prepared names compacted, whatever ran before (see the class comment)
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String q : queries) {
                out.write(q);
                for (WatchmanStyleScorer.Hit h : scorer.search(q, 5)) {
                    out.write('\t');
                    out.write(h.entityId());
                    out.write(String.format(Locale.ROOT, " %.4f", h.score()));
                }
                out.write('\n');
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "watchman-style: %d queries against %d list names in %.2f s: %.1f queries/s%n",
                queries.size(), scorer.size(), seconds, queries.size() / seconds);
    }

    /** Every name of the bundled lists, with its entity's id. */
    static List<String[]> embeddedNames() {
        List<String[]> listNames = new ArrayList<>();
        for (Entity e : Embedded.snapshot().entities()) {
            for (Name n : e.names()) {
                listNames.add(new String[] {e.id(), n.value()});
            }
        }
        return listNames;
    }

    static List<String> names(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(r);
            if (rows.isEmpty()) {
                return List.of();
            }
            int col = rows.get(0).indexOf("name");
            if (col < 0) {
                col = rows.get(0).indexOf("full_name");
            }
            if (col < 0) {
                throw new IllegalArgumentException(csv + ": the header has no 'name' or 'full_name' column");
            }
            List<String> out = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                out.add(col < row.size() ? row.get(col) : "");
            }
            return out;
        }
    }
}
