package io.interdict.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interdict.core.match.fuzzy.InterdictV1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frozen-results JSON: per set, the confusion matrix, metrics and every pair's score (4 decimals). A held-out
 * set (its name ends in "held-out") keeps a SHA-256 digest of its pairs' lines instead of the lines: a change of any
 * held-out score still fails the frozen test, but regenerating the file shows only the totals, so nobody tuning
 * the matcher sees which held-out pairs moved.
 */
public final class FrozenResults {
    private FrozenResults() {
    }

    public static String json(List<PairEvaluation.Result> results) {
        return json(InterdictV1.NAME, results, Map.of());
    }

    /** The results of the named algorithm, with further figures (recall of perturbed names...) under "summary". */
    public static String json(String algorithm, List<PairEvaluation.Result> results, Map<String, Object> summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("algorithm", algorithm);
        if (!summary.isEmpty()) {
            root.put("summary", summary);
        }
        for (PairEvaluation.Result r : results) {
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("threshold", r.threshold());
            Confusion c = r.confusion();
            set.put("tp", c.tp());
            set.put("fp", c.fp());
            set.put("tn", c.tn());
            set.put("fn", c.fn());
            set.put("precision", round(c.precision()));
            set.put("recall", round(c.recall()));
            set.put("f1", round(c.f1()));
            set.put("strong_wrong", r.strongWrong().size());
            List<String> pairs = new ArrayList<>();
            for (PairEvaluation.Outcome o : r.outcomes()) {
                pairs.add(String.format(java.util.Locale.ROOT, "%.4f %s %s | %s", o.score(),
                        o.pair().match() ? "T" : "F", o.pair().name1(), o.pair().name2()));
            }
            if (r.set().endsWith("held-out")) {
                set.put("pairs_sha256", digest(pairs));
            } else {
                set.put("pairs", pairs);
            }
            root.put(r.set(), set);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 (hex) of the lines, each ended by a newline: it freezes them without showing them. */
    public static String digest(List<String> lines) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
