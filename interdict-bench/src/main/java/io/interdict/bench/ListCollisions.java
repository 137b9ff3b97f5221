package io.interdict.bench;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.names.Schema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Different persons of one list whose names meet: every name (and alias) of the individuals a list lists under the
 * DPRK sanctions, compared pairwise with every name of every other such individual. Korean names are few syllables,
 * so different people's names meet often; each pair at the review threshold is a false match a rule of names may make
 * or unmake. OFAC's SDN list (sdn.csv of 2024-05-03 and the aliases of 2021-07's alt.csv) is the tuning set; the UK
 * consolidated list of 2018-04-13 (its "Democratic People's Republic of Korea" regime), another publisher's spellings
 * of many of the same people, is held out. The same name listed for two people counts too: no rule can part them.
 *
 * <pre>  java -cp ... io.interdict.bench.EvalMain collisions [--verbose] [--tuning-only]</pre>
 */
final class ListCollisions {
    /** The shared lists as seen from the repository root, where EvalMain runs. */
    static final Path LISTS = Path.of("../shared/data/lists");
    static final String OFAC = "ofac_sdn";
    static final String UK = "uk_hmt_ofsi/2018-04-13_conlist/sanctionsconlist.csv";

    private ListCollisions() {
    }

    static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("--verbose");
        boolean tuningOnly = List.of(args).contains("--tuning-only");
        report("OFAC SDN, DPRK programs (tuning)", ofac(LISTS), verbose);
        if (!tuningOnly) {
            report("UK consolidated list 2018, DPRK regime (HELD-OUT)", uk(LISTS), false);
        }
    }

    private static void report(String label, Map<String, Set<String>> people, boolean verbose) {
        double threshold = MatchSettings.DEFAULTS.reviewThreshold();
        Tally t = count(people, threshold, verbose ? (v, a, b) -> System.out.printf("  %.3f %s | %s%n", v, a, b) : null);
        System.out.printf("== %s: %d people, %d names, %d name pairs of different people; %d at %.2f or more,"
                + " between %d pairs of people%n", label, people.size(), t.names(), t.pairs(), t.met(), threshold,
                t.peopleMet().size());
    }

    /** What {@link #count} found: names, name pairs of different people, those at the threshold, the people they join
     *  ("id|id", the smaller id first). */
    record Tally(int names, int pairs, int met, Set<String> peopleMet) {
    }

    /** A name pair at the threshold, as it is found. */
    interface Meeting {
        void met(double score, String a, String b);
    }

    /** Every name of each person against every name of every other person (never two names of one person). */
    static Tally count(Map<String, Set<String>> people, double threshold, Meeting each) {
        List<String[]> names = new ArrayList<>();
        people.forEach((id, ns) -> ns.forEach(n -> names.add(new String[] {id, n})));
        int pairs = 0;
        int met = 0;
        Set<String> peopleMet = new java.util.TreeSet<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (names.get(i)[0].equals(names.get(j)[0])) {
                    continue;
                }
                pairs++;
                double v = InterdictV2.compare(names.get(i)[1], names.get(j)[1], Schema.PERSON).score();
                if (v >= threshold) {
                    met++;
                    String a = names.get(i)[0];
                    String b = names.get(j)[0];
                    peopleMet.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                    if (each != null) {
                        each.met(v, names.get(i)[1], names.get(j)[1]);
                    }
                }
            }
        }
        return new Tally(names.size(), pairs, met, peopleMet);
    }

    /** OFAC's DPRK individuals: their names in sdn.csv ("LAST, First") and their aliases in alt.csv. */
    static Map<String, Set<String>> ofac(Path lists) throws IOException {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        for (List<String> r : rows(lists.resolve(OFAC).resolve("2024-05-03_sdn_only/sdn.csv"), StandardCharsets.ISO_8859_1)) {
            if (r.size() > 3 && r.get(2).strip().equals("individual") && r.get(3).contains("DPRK")) {
                people.computeIfAbsent(r.get(0).strip(), k -> new LinkedHashSet<>()).add(r.get(1).strip());
            }
        }
        for (List<String> r : rows(lists.resolve(OFAC).resolve("2021-07_full_set/alt.csv"), StandardCharsets.ISO_8859_1)) {
            if (r.size() > 3 && people.containsKey(r.get(0).strip())) {
                people.get(r.get(0).strip()).add(r.get(3).strip());
            }
        }
        return people;
    }

    /** The UK list's DPRK individuals: a row per name, grouped by Group ID; Name 6 is the family name. */
    static Map<String, Set<String>> uk(Path lists) throws IOException {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        List<List<String>> rows = rows(lists.resolve(UK), StandardCharsets.ISO_8859_1);
        List<String> header = rows.get(1);
        int regime = header.indexOf("Regime");
        int type = header.indexOf("Group Type");
        int group = header.indexOf("Group ID");
        for (List<String> r : rows.subList(2, rows.size())) {
            if (r.size() <= group || !r.get(type).strip().equals("Individual") || !r.get(regime).contains("Korea")) {
                continue;
            }
            StringBuilder given = new StringBuilder();
            for (int k = 1; k <= 5; k++) {
                if (!r.get(k).isBlank()) {
                    given.append(given.length() == 0 ? "" : " ").append(r.get(k).strip());
                }
            }
            String name = r.get(0).strip() + (given.length() == 0 ? "" : ", " + given);
            people.computeIfAbsent(r.get(group).strip(), k -> new LinkedHashSet<>()).add(name);
        }
        return people;
    }

    private static List<List<String>> rows(Path file, Charset charset) throws IOException {
        try (Reader in = Files.newBufferedReader(file, charset)) {
            return Csv.read(in);
        }
    }
}
