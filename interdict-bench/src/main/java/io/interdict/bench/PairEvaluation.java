package io.interdict.bench;

import io.interdict.core.match.fuzzy.InterdictV1;
import io.interdict.core.match.fuzzy.NameScore;
import io.interdict.core.names.Schema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores labelled name pairs (nomenklatura / watchman layout: schema, name1, name2, is_match,
 * quality) at a threshold and reports the confusion matrix and the STRONG pairs that failed.
 */
public final class PairEvaluation {
    public record Case(String schema, String name1, String name2, boolean match, String quality) {
    }

    public record Outcome(Case pair, double score, boolean predicted) {
        public boolean wrong() {
            return predicted != pair.match();
        }
    }

    public record Result(String set, double threshold, Confusion confusion, List<Outcome> outcomes) {
        public List<Outcome> strongWrong() {
            return outcomes.stream().filter(o -> "STRONG".equals(o.pair().quality()) && o.wrong()).toList();
        }
    }

    private PairEvaluation() {
    }

    public static List<Case> read(Reader in) throws IOException {
        List<Case> out = new ArrayList<>();
        for (Map<String, String> r : Csv.readMaps(in)) {
            out.add(new Case(r.get("schema"), r.get("name1"), r.get("name2"),
                    Boolean.parseBoolean(r.get("is_match").trim()), r.getOrDefault("quality", r.getOrDefault("kind", ""))));
        }
        return out;
    }

    /** The tuning part (even CRC-32 of "name1 TAB name2") or the held-out part (odd): a split that never changes. */
    public static List<Case> part(List<Case> cases, boolean tuning) {
        List<Case> out = new ArrayList<>();
        for (Case c : cases) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update((c.name1() + "\t" + c.name2()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if ((crc.getValue() % 2 == 0) == tuning) {
                out.add(c);
            }
        }
        return out;
    }

    public static Result evaluate(String set, List<Case> cases, double threshold) {
        return evaluate(set, cases, threshold, InterdictV1.NAME);
    }

    /** Scores the pairs by the named algorithm ({@code interdict-v1} or {@code interdict-v2}). */
    public static Result evaluate(String set, List<Case> cases, double threshold, String algorithm) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            NameScore s = io.interdict.core.match.fuzzy.FuzzyMatcher.compare(algorithm, c.name1(), c.name2(), c.schema());
            boolean predicted = s.score() >= threshold;
            outcomes.add(new Outcome(c, s.score(), predicted));
            if (predicted && c.match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (c.match()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Result(set, threshold, new Confusion(tp, fp, tn, fn), outcomes);
    }
}
