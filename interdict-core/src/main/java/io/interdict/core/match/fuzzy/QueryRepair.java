package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import io.interdict.core.names.WordLists;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Another reading of a query whose words the lists do not know ({@code interdict-v2}): a word that
 * is two known words run together is split ("TRADINGCORPORATION" -> "trading corporation",
 * "OFADEN" -> "of aden"), and a word one edit from a legal-form or company-type word becomes that
 * word ("CORPORATON" -> "corporation"), so the pipeline treats it as the list name's. The repaired
 * reading is a fallback: {@link FuzzyMatcher} searches it only when the query as written found no match.
 */
final class QueryRepair {
    /** One-edit variants (the word and its deletions) of the single-word legal forms of 5+ letters. */
    private static final Map<String, String> LEGAL_VARIANTS = legalVariants();

    private QueryRepair() {
    }

    private static Map<String, String> legalVariants() {
        Map<String, String> m = new HashMap<>();
        for (String form : WordLists.LEGAL_FORMS.keySet()) {
            if (form.length() < 5 || form.indexOf(' ') >= 0) {
                continue;
            }
            m.putIfAbsent(form, form);
            for (int i = 0; i < form.length(); i++) {
                m.putIfAbsent(form.substring(0, i) + form.substring(i + 1), form);
            }
        }
        return Map.copyOf(m);
    }

    /**
     * The repaired text of a prepared query (its tokens' texts, joined), or null when no word needed repair.
     *
     * @param known whether the lists hold a word
     */
    static String repair(ScoringName q, Predicate<String> known) {
        StringBuilder out = null;
        for (int i = 0; i < q.size(); i++) {
            String t = q.text[i];
            String fixed = null;
            if (q.kind[i] == TokenKind.WORD && t.length() >= 5 && !known.test(t)) {
                fixed = legal(t);
                if (fixed == null) {
                    fixed = split(t, known);
                }
            }
            if (fixed != null && out == null) {
                out = new StringBuilder();
                for (int k = 0; k < i; k++) {
                    out.append(k == 0 ? "" : " ").append(q.text[k]);
                }
            }
            if (out != null) {
                out.append(i == 0 ? "" : " ").append(fixed != null ? fixed : t);
            }
        }
        if (out == null) {
            return null;
        }
        for (String l : q.legal) {
            out.append(' ').append(l);
        }
        return out.toString();
    }

    /** The legal-form word one edit from t (shared deletion), or null. */
    private static String legal(String t) {
        String f = LEGAL_VARIANTS.get(t);
        for (int i = 0; f == null && i < t.length(); i++) {
            f = LEGAL_VARIANTS.get(t.substring(0, i) + t.substring(i + 1));
        }
        return f;
    }

    /** "left right" when both halves are words the lists or the word lists know (halves of 2+ letters). */
    private static String split(String t, Predicate<String> known) {
        for (int k = 2; k <= t.length() - 2; k++) {
            String left = t.substring(0, k);
            String right = t.substring(k);
            if (word(left, known) && word(right, known)) {
                return left + " " + right;
            }
        }
        return null;
    }

    private static boolean word(String w, Predicate<String> known) {
        return (w.length() >= 3 && known.test(w)) || WordLists.STOPWORDS.contains(w) || WordLists.LEGAL_FORMS.containsKey(w)
                || WordLists.WORD_KINDS.containsKey(w);
    }
}
