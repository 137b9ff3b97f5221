package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.Feature;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.NameScore;
import io.interdict.core.match.fuzzy.SearchHit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every screening query's top ten hits (entity, name, exact score, features and token pairs), one
 * line each, for diffing two builds that must score alike ({@code EvalMain screening --dump FILE}):
 * the UN positives in {@code un-sc}, the negatives in all lists, and every listed name written in
 * another script than Latin in all lists (the cross-script readings).
 */
final class ScreeningDump {
    static final int LIMIT = 10;

    private ScreeningDump() {
    }

    static void write(FuzzyMatcher matcher, List<String> positives, List<String> negatives, List<Entity> entities,
                      Path file) throws IOException {
        Set<String> foreign = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                if (n.value().codePoints().anyMatch(ScreeningDump::otherScript)) {
                    foreign.add(n.value());
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String q : positives) {
                write(w, "un-sc", q, matcher.search(q, "un-sc", LIMIT));
            }
            for (String q : negatives) {
                write(w, "all", q, matcher.search(q, null, LIMIT));
            }
            for (String q : foreign) {
                write(w, "all", q, matcher.search(q, null, LIMIT));
            }
        }
    }

    private static boolean otherScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return Character.isLetter(cp) && s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                && s != Character.UnicodeScript.INHERITED;
    }

    private static void write(BufferedWriter w, String scope, String query, List<SearchHit> hits) throws IOException {
        w.write("Q " + scope + " " + query);
        w.newLine();
        for (SearchHit h : hits) {
            NameScore n = h.explanation();
            StringBuilder sb = new StringBuilder("  ").append(h.entityId()).append(" | ").append(h.name()).append(" | ")
                    .append(h.score()).append(' ').append(h.match()).append(" | ");
            for (Feature f : n.features()) {
                sb.append(f).append("; ");
            }
            sb.append("| ").append(n.pairs());
            w.write(sb.toString());
            w.newLine();
        }
    }
}
