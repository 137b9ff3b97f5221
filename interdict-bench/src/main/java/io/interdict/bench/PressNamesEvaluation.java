package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Listed parties searched by the names the English-language press writes for them ({@code press-names.csv}, written
 * blind: see eval/PROVENANCE.md): "Hezbollah" for OFAC's "LEBANESE HEZBOLLAH", "Huawei" for "HUAWEI TECHNOLOGIES CO.,
 * LTD.", "Kim Jong Un" for "KIM JONG UN". Each query is searched in every list as {@code interdict match} searches it
 * (no schema, five candidates); it is found when one of the listed entries its row names is a hit at or above the
 * review threshold. A row names its entry by one or more of the entry's names as a bundled list writes them; they are
 * resolved to entities by their words (case, accents, punctuation and order aside), so a row whose names no entity
 * holds is reported as unresolved, never counted. The file is split by CRC-32 of the query: even tunes, odd is held out
 * and prints totals only; {@code --tuning-only} leaves it out.
 */
final class PressNamesEvaluation {
    static final String FILE = "/eval/press-names.csv";

    record Row(String schema, String query, List<String> listedNames, String kind, String sourceNote) {
        boolean tuning() {
            CRC32 crc = new CRC32();
            crc.update(query.getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 2 == 0;
        }
    }

    private PressNamesEvaluation() {
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = PressNamesEvaluation.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IOException("missing resource " + FILE);
            }
            List<Row> out = new ArrayList<>();
            for (Map<String, String> r : Csv.readMaps(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new Row(r.get("schema").trim(), r.get("query").trim(),
                        Arrays.stream(r.get("listed_names").split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                        r.get("kind").trim(), r.getOrDefault("source_note", "").trim()));
            }
            return out;
        }
    }

    /** A name's words, lower case, without accents or punctuation, sorted: how a row's listed name meets an entity's. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String[] words = s.split("[^\\p{L}\\p{N}]+");
        return Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The entity id a row's note names: "ofac-sdn ent 4697" is ofac-sdn:4697, "un-sc QDi.006" un-sc:QDi.006; else null. */
    static String noteId(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(ofac-sdn|ofac-cons) ent (\\d+)$").matcher(note);
        if (m.matches()) {
            return m.group(1) + ":" + m.group(2);
        }
        m = java.util.regex.Pattern.compile("^un-sc ([A-Z]{2}[ie]\\.\\d+)$").matcher(note);
        return m.matches() ? "un-sc:" + m.group(1) : null;
    }

    static void run(FuzzyMatcher matcher, List<Entity> entities, boolean tuningOnly, boolean verbose) throws IOException {
        Map<String, Set<String>> byKey = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Entity e : entities) {
            ids.add(e.id());
            for (Name n : e.names()) {
                byKey.computeIfAbsent(key(n.value()), k -> new HashSet<>()).add(e.id());
            }
        }
        List<Row> rows = rows();
        for (boolean tuning : tuningOnly ? new boolean[]{true} : new boolean[]{true, false}) {
            List<String> unresolved = new ArrayList<>();
            Map<String, int[]> byKind = new TreeMap<>();
            int found = 0;
            int first = 0;
            int tried = 0;
            List<String> misses = new ArrayList<>();
            for (Row row : rows) {
                if (row.tuning() != tuning) {
                    continue;
                }
                Set<String> expected = new HashSet<>();
                row.listedNames().forEach(n -> expected.addAll(byKey.getOrDefault(key(n), Set.of())));
                String id = noteId(row.sourceNote());
                if (id != null && ids.contains(id)) {
                    expected.add(id);   // the entry the note names, though the reconciled snapshot names it otherwise
                }
                if (expected.isEmpty()) {
                    unresolved.add(row.query() + " -> " + row.listedNames());
                    continue;
                }
                List<SearchHit> hits = matcher.search(row.query(), null, 5);
                boolean hit = hits.stream().anyMatch(h -> h.match() && expected.contains(h.entityId()));
                int[] c = byKind.computeIfAbsent(row.kind(), k -> new int[2]);
                c[1]++;
                tried++;
                if (hit) {
                    c[0]++;
                    found++;
                    first += expected.contains(hits.get(0).entityId()) ? 1 : 0;
                } else {
                    String best = hits.stream().filter(h -> expected.contains(h.entityId())).findFirst()
                            .map(h -> h.name() + " " + String.format(Locale.ROOT, "%.3f", h.score()))
                            .orElse(hits.isEmpty() ? "nothing" : "not among " + hits.size() + " (best "
                                    + hits.get(0).name() + " " + String.format(Locale.ROOT, "%.3f", hits.get(0).score()) + ")");
                    misses.add(String.format(Locale.ROOT, "  MISS %-12s %s -> %s : %s", row.kind(), row.query(),
                            row.listedNames().get(0), best));
                }
            }
            System.out.printf(Locale.ROOT, "== press names of listed parties (%s half)%n", tuning ? "tuning" : "HELD-OUT");
            byKind.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-12s %4d/%-4d recall %.3f%n", k, c[0], c[1],
                    c[1] == 0 ? 0.0 : (double) c[0] / c[1]));
            System.out.printf(Locale.ROOT, "  found %d/%d, recall %.3f (the best hit %d)%n", found, tried,
                    tried == 0 ? 0.0 : (double) found / tried, first);
            if (!unresolved.isEmpty()) {
                System.out.println("  rows no entity resolves (a listed name no list holds): " + unresolved.size());
            }
            // the held-out half prints its totals only
            if (verbose && tuning) {
                unresolved.forEach(u -> System.out.println("  UNRESOLVED " + u));
                misses.forEach(System.out::println);
            }
        }
    }
}
