package io.interdict.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interdict.core.match.fuzzy.InterdictV1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The frozen-results JSON: per set, the confusion matrix, metrics and every pair's score (4 decimals). */
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
            set.put("pairs", pairs);
            root.put(r.set(), set);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
