package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import io.interdict.core.names.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word one edit from a particle as written (interdict-v2): the pipeline writes a particle one way ("ben", "ibn",
 * "bn" are all "bin", by the abbreviations table), so a slip in "ben" ("EN", "BE") is two edits from "bin" and
 * pairs with nothing. Compared with every spelling the table reads as that particle, it is one edit from "ben".
 */
final class ParticleSpellings {
    /** Per particle, its spellings: itself and every variant the abbreviations table reads as it. */
    private static final Map<String, List<String>> SPELLINGS = spellings();

    private ParticleSpellings() {
    }

    private static Map<String, List<String>> spellings() {
        Map<String, List<String>> m = new HashMap<>();
        WordLists.ABBREVIATIONS.forEach((variant, canonical) -> {
            if (WordLists.WORD_KINDS.get(canonical) == TokenKind.PARTICLE && WordLists.typedVariant(variant)) {
                m.computeIfAbsent(canonical, k -> new ArrayList<>(List.of(k))).add(variant);
            }
        });
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    /** The particles the table spells otherwise. */
    static java.util.Set<String> particles() {
        return SPELLINGS.keySet();
    }

    /**
     * The edit ratio of a short word (two to four letters) one edit from a spelling of the particle, or 0: "en" ~
     * "bin" by "ben" (0.67).
     */
    static double slip(String word, TokenKind kind, String particle) {
        if (kind != TokenKind.WORD || word.length() < 2 || word.length() > 4) {
            return 0.0;
        }
        List<String> spellings = SPELLINGS.get(particle);
        if (spellings == null) {
            return 0.0;
        }
        for (String s : spellings) {
            if (!s.equals(particle) && TokenSimilarity.osaWithin(word, s, 1) == 1) {
                return TokenSimilarity.editRatio(word, s);
            }
        }
        return 0.0;
    }
}
