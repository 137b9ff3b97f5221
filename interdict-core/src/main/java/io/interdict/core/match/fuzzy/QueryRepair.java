package io.interdict.core.match.fuzzy;

import io.interdict.core.codec.KeyPostings;
import io.interdict.core.names.TokenKind;
import io.interdict.core.names.WordLists;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Another reading of a query whose words the lists do not know ({@code interdict-v2}): a word that
 * is two known words run together is split ("TRADINGCORPORATION" -> "trading corporation",
 * "OFADEN" -> "of aden"); two adjacent pieces that are one known word split apart are joined, when
 * one of them is no word the lists know ("COM PANY" -> "company", "AKH UND" -> "akhund"); a word one edit from a
 * legal-form or company-type word becomes that word ("CORPORATON" -> "corporation"), and a word of
 * three to six letters one edit from exactly one particle or stopword becomes it ("BNE" -> "ben",
 * "Ebd" -> "abd", "TEH" -> "the"; legal forms of up to four letters too: "LDT" -> "ltd"), and a misspelt
 * Arabic article before a hyphen is read "al" ("AF-DURI"), so the pipeline treats it as the list name's. The repaired
 * reading is a fallback: {@link FuzzyMatcher} searches it only when the query as written found no match.
 */
final class QueryRepair {
    /** One-edit variants (the word and its deletions) of the single-word legal forms of 5+ letters. */
    private static final DeletionLookup<String> LEGAL_VARIANTS = new DeletionLookup<>(legalVariants());
    /** Particles and stopwords of 3+ letters (with the spelling variants the pipeline folds to them), by their
     *  one-deletion variants: the keys a word one edit from them shares. */
    private static final DeletionLookup<java.util.List<String>> SMALL_WORD_VARIANTS = new DeletionLookup<>(smallWordVariants());
    private static final DeletionLookup<java.util.List<String>> SHORT_LEGAL_VARIANTS = new DeletionLookup<>(shortLegalVariants());
    /** Single-word legal forms by their {@link RomanisationFold} ("co", "corp" by "ko", "korp"): a form written in
     *  another romanisation habit; folds two forms share are left out. */
    private static final Map<String, String> LEGAL_FOLDS = legalFolds();

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

    private static Map<String, java.util.List<String>> smallWordVariants() {
        java.util.Set<String> words = new java.util.TreeSet<>(WordLists.STOPWORDS);
        WordLists.WORD_KINDS.forEach((w, k) -> {
            if (k == TokenKind.PARTICLE) {
                words.add(w);
            }
        });
        WordLists.ABBREVIATIONS.forEach((variant, canonical) -> {
            if (words.contains(canonical) && WordLists.typedVariant(variant)) {
                words.add(variant);
            }
        });
        return variants(words);
    }

    private static Map<String, String> legalFolds() {
        Map<String, String> m = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String form : WordLists.LEGAL_FORMS.keySet()) {
            if (form.length() >= 2 && form.chars().allMatch(Character::isLetter)) {
                String f = RomanisationFold.of(form);
                String prev = m.putIfAbsent(f, form);
                if (prev != null && !WordLists.LEGAL_FORMS.get(prev).equals(WordLists.LEGAL_FORMS.get(form))) {
                    shared.add(f);
                }
            }
        }
        m.keySet().removeAll(shared);
        return m;
    }

    /** The legal-form word the last word of a name spells in another romanisation habit ("KO" -> "co", "KORP" ->
     *  "corp"), or null. Such a word may be a name of its own elsewhere ("Ko" is a Korean family name), so only as the
     *  last of two or more words, where legal forms stand, and only in a repaired reading. */
    static String legalSpelling(String t) {
        String form = LEGAL_FOLDS.get(RomanisationFold.of(t));
        return form == null || form.equals(t) || WordLists.LEGAL_FORMS.containsKey(t) ? null : form;
    }

    /** Legal forms of three or four letters ("LDT" ~ "ltd", "COPR" ~ "corp"; longer forms are {@link #legal}'s). */
    private static Map<String, java.util.List<String>> shortLegalVariants() {
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String form : WordLists.LEGAL_FORMS.keySet()) {
            if (form.length() <= 4 && form.indexOf(' ') < 0 && form.chars().allMatch(Character::isLetter)) {
                words.add(form);
            }
        }
        return variants(words);
    }

    private static Map<String, java.util.List<String>> variants(java.util.Set<String> words) {
        Map<String, java.util.List<String>> m = new HashMap<>();
        for (String w : words) {
            if (w.length() < 3 || w.indexOf(' ') >= 0) {
                continue;
            }
            m.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(w);
            for (int i = 0; i < w.length(); i++) {
                java.util.List<String> l = m.computeIfAbsent(w.substring(0, i) + w.substring(i + 1), k -> new java.util.ArrayList<>());
                if (!l.contains(w)) {
                    l.add(w);
                }
            }
        }
        m.replaceAll((k, v) -> java.util.List.copyOf(v));
        return Map.copyOf(m);
    }

    /**
     * The query with split words joined, then repaired word by word; null when nothing needed repair.
     *
     * @param known whether the lists hold a word
     */
    static String reading(ScoringName q, Predicate<String> known, java.util.function.Function<String, ScoringName> prepare) {
        return reading(q, known, known, prepare);
    }

    /** {@link #reading(ScoringName, Predicate, java.util.function.Function)}; {@code widely}: whether the lists hold a word
     *  in two names or more. */
    static String reading(ScoringName q, Predicate<String> known, Predicate<String> widely,
                          java.util.function.Function<String, ScoringName> prepare) {
        return reading(q, known, widely, ANY_TWO, prepare);
    }

    /** No knowledge of which words listed names hold together: any two may be. */
    static final BiPredicate<String, String> ANY_TWO = (a, b) -> true;

    /**
     * {@link #reading(ScoringName, Predicate, Predicate, java.util.function.Function)}; {@code together}: whether some
     * listed name may hold both of two listed words (false only when certainly none does): a word split into two listed
     * names' words ("Sophia" -> "sop hia") reads as no listed name, and its reading is searched for nothing.
     */
    static String reading(ScoringName q, Predicate<String> known, Predicate<String> widely,
                          BiPredicate<String, String> together, java.util.function.Function<String, ScoringName> prepare) {
        String joined = joined(q.prepared.original(), known);
        ScoringName base = joined == null ? q : prepare.apply(joined);
        String fixed = repair(base, known, widely, together, true);
        ScoringName read = fixed != null && base.size() < 3 ? prepare.apply(fixed) : null;
        int content = read != null ? contentWords(read) : 2;
        if (content < 2 && (content == 0 || !readsLegalForm(read, java.util.List.of(base)) || !contentKnown(read, known))) {
            // A small word read into a name of two words ("Thea Fay" -> "the fay") leaves a lone word: not that. A legal
            // form may ("KOTI COPR" -> "koti corp"): that reading meets only listed names with a legal form, and its
            // word must be one the lists hold as written, the form's slip the one slip the reading allows ("Balmaz Pap"
            // read "balmaz" and a form met "Almaz, JSC" through a second, at 0.85). And not where nothing else is
            // left: "Đào Sa", a person's name, read "das sa" (a particle and a legal form) is no name at all, and met
            // the listed "Dass" at 0.90.
            fixed = repair(base, known, widely, together, false);
        }
        return fixed != null ? fixed : joined;
    }

    /** Whether a repaired reading holds a legal form none of the query's readings as written holds. */
    static boolean readsLegalForm(ScoringName repaired, java.util.List<ScoringName> asWritten) {
        if (repaired.legal.length == 0) {
            return false;
        }
        for (ScoringName w : asWritten) {
            if (w.legal.length >= repaired.legal.length) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word (or business word) of {@code n} is one the lists hold. */
    private static boolean contentKnown(ScoringName n, Predicate<String> known) {
        for (int i = 0; i < n.size(); i++) {
            if ((n.kind[i] == TokenKind.WORD || n.kind[i] == TokenKind.GENERIC) && !known.test(n.text[i])) {
                return false;
            }
        }
        return true;
    }

    private static int contentWords(ScoringName n) {
        int words = 0;
        for (int i = 0; i < n.size(); i++) {
            words += n.kind[i] == TokenKind.WORD || n.kind[i] == TokenKind.GENERIC ? 1 : 0;
        }
        return words;
    }

    /**
     * The raw query with two adjacent pieces joined where together they are a word the lists or the word
     * lists know and one of them alone is no list word ("KAVEH CUTTING TOOLS COM PANY", "FOR EIGN TRADE
     * BANK"); null when none is.
     */
    static String joined(String original, Predicate<String> known) {
        String[] pieces = io.interdict.core.names.Words.spaced(original);
        boolean changed = false;
        for (int i = 0; i < pieces.length; i++) {
            String article = article(pieces[i], known);
            if (article != null) {
                pieces[i] = article;
                changed = true;
            }
        }
        if (pieces.length < 2) {
            return changed ? pieces[0] : null;
        }
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i + 1 < pieces.length; i++) {
            String a = letters(pieces[i], false);
            String b = letters(pieces[i + 1], true);
            if (a == null || b == null) {
                continue;
            }
            if (a.length() + b.length() < 5) {
                continue;
            }
            String w = a + b;
            // Two pieces that make one listed word, in a name of two pieces, would read a lone word ("TAN GO").
            // Two pieces that are each a listed word join only into a legal-form or company word ("COMP ANY").
            boolean formWord = WordLists.LEGAL_FORMS.containsKey(w) || WordLists.WORD_KINDS.get(w) == TokenKind.GENERIC;
            if (!formWord && !(pieces.length > 2 && known.test(w) && !(known.test(a) && known.test(b)))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder();
            }
            for (int k = last; k < i; k++) {
                out.append(pieces[k]).append(' ');
            }
            out.append(pieces[i]).append(pieces[i + 1]).append(' ');
            last = i + 2;
            i++;
        }
        if (out == null) {
            return changed ? String.join(" ", pieces) : null;
        }
        for (int k = last; k < pieces.length; k++) {
            out.append(pieces[k]).append(' ');
        }
        return out.toString().strip();
    }

    /**
     * A piece that starts with the Arabic article misspelt ("AF-DURI", "L-QAIDA", "VAL-TIKRITI": one to
     * three letters one edit from "al" or "el" before a hyphen, no particle or stopword of its own) with the
     * article spelt "al"; else null.
     */
    static String article(String piece, Predicate<String> known) {
        int hyphen = piece.indexOf('-');
        if (hyphen < 1 || hyphen > 3 || hyphen + 1 >= piece.length()) {
            return null;
        }
        String prefix = letters(piece.substring(0, hyphen), false);
        if (prefix == null || prefix.equals("al") || prefix.equals("el")
                || WordLists.WORD_KINDS.containsKey(prefix) || WordLists.STOPWORDS.contains(prefix)
                || TokenSimilarity.osaWithin(prefix, "al", 1) > 1 && TokenSimilarity.osaWithin(prefix, "el", 1) > 1) {
            return null;
        }
        return "al" + piece.substring(hyphen);
    }

    /** A piece's letters, lower case and without diacritics, or null when it holds anything else (trailing
     *  punctuation is allowed on the second piece of a pair: "COMP ANY,"). */
    private static String letters(String piece, boolean second) {
        int end = piece.length();
        while (second && end > 0 && !Character.isLetter(piece.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = piece.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + 32));
            } else if (Character.isLetter(c)) {
                String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = Character.toLowerCase(folded.charAt(0));
                if (base < 'a' || base > 'z') {
                    return null;
                }
                sb.append(base);
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** The one particle or stopword (3+ letters) one edit from t, or null when none or several are. */
    static String smallWord(String t) {
        return oneEditFrom(t, SMALL_WORD_VARIANTS);
    }

    /** The one legal form of three or four letters one edit from t (by family), or null. */
    static String shortLegal(String t) {
        return oneEditFrom(t, SHORT_LEGAL_VARIANTS);
    }

    private static String oneEditFrom(String t, DeletionLookup<java.util.List<String>> variants) {
        String found = null;
        for (int i = -1; i < t.length(); i++) {
            java.util.List<String> l = variants.get(t, i);
            if (l == null) {
                continue;
            }
            for (String w : l) {
                if (TokenSimilarity.osaWithin(t, w, 1) != 1) {
                    continue;
                }
                String canonical = WordLists.LEGAL_FORMS.containsKey(w) ? "legal:" + WordLists.LEGAL_FORMS.get(w)
                        : WordLists.ABBREVIATIONS.getOrDefault(w, w);
                if (found != null && !found.equals(canonical)) {
                    return null;
                }
                found = canonical;
            }
        }
        return found == null || !found.startsWith("legal:") ? found : closestLegal(t);
    }

    /** The legal-form word one edit from t whose family {@link #smallWord} found unique. */
    private static String closestLegal(String t) {
        for (String form : WordLists.LEGAL_FORMS.keySet()) {
            if (form.length() <= 4 && TokenSimilarity.osaWithin(t, form, 1) == 1) {
                return form;
            }
        }
        return null;
    }

    /**
     * The repaired text of a prepared query (its tokens' texts, joined), or null when no word needed repair.
     *
     * @param known whether the lists hold a word
     */
    static String repair(ScoringName q, Predicate<String> known) {
        return repair(q, known, known, ANY_TWO, false);
    }

    /**
     * {@link #repair(ScoringName, Predicate)}, with {@code small}: words one edit from particles, stopwords and short legal
     * forms too; {@code widely}: whether the lists hold a word in two names or more.
     */
    static String repair(ScoringName q, Predicate<String> known, Predicate<String> widely,
                         BiPredicate<String, String> together, boolean small) {
        StringBuilder out = null;
        for (int i = 0; i < q.size(); i++) {
            String t = q.text[i];
            String fixed = null;
            if (small && q.kind[i] == TokenKind.WORD && i == q.size() - 1 && i > 0) {
                fixed = legalSpelling(t);
            }
            // A slip of a legal form that one listed name makes too ("LDT") is still a slip: the legal forms are read
            // for words the lists hold at most once.
            boolean unknown = !known.test(t);
            if (fixed == null && q.kind[i] == TokenKind.WORD && t.length() >= 3 && (unknown || !widely.test(t))) {
                fixed = t.length() >= 5 ? legal(t) : null;
                // The last word is not read as a stopword or a linking particle, which never end a name ("Lund" is no
                // "und", "Gould" no "ould", "Kint" no "bint"); a title that is a family name too may ("SHEIPH" -> "sheikh").
                if (unknown && small && fixed == null && t.length() <= 6) {
                    fixed = smallWord(t);
                    fixed = fixed != null && i == q.size() - 1 && endsNoName(fixed) ? null : fixed;
                }
                if (small && fixed == null && t.length() <= 4 && i == q.size() - 1 && i > 0) {
                    fixed = shortLegal(t);   // legal forms end a name
                }
                if (unknown && fixed == null && t.length() >= 5) {
                    fixed = keptSplit(t, known, together, i == q.size() - 1);
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
    static String legal(String t) {
        String f = null;
        for (int i = -1; f == null && i < t.length(); i++) {
            f = LEGAL_VARIANTS.get(t, i);
        }
        return f;
    }

    private static final PerThread<Splits> SPLITS = PerThread.withInitial(Splits::new);

    /** {@link #split} through this thread's memo. */
    static String keptSplit(String t, Predicate<String> known, boolean last) {
        return keptSplit(t, known, ANY_TWO, last);
    }

    /** {@link #split(String, Predicate, BiPredicate, boolean)} through this thread's memo. */
    static String keptSplit(String t, Predicate<String> known, BiPredicate<String, String> together, boolean last) {
        return SPLITS.get().split(t, known, together, last);
    }

    /**
     * One thread's recent {@link #split}s, for one {@code known} and {@code together} (a matcher's; others empty the
     * memo): a word the lists lack recurs from query to query, and each of its cuts costs two lookups. Direct-mapped by
     * the word and whether it ends the name: a word evicts the one in its slot and is split again when asked again, so a
     * split found here is the one {@link #split} gives.
     */
    private static final class Splits {
        private static final int SLOTS = 1 << 10;
        private final String[] word = new String[SLOTS];
        private final String[] result = new String[SLOTS];
        /** The words' hashes: a slot held by another word is told from it without reading that word's string. */
        private final int[] hash = new int[SLOTS];
        private final boolean[] lastOf = new boolean[SLOTS];
        /** Weakly: a thread's memo must not keep a matcher the lists replaced. */
        private java.lang.ref.WeakReference<Predicate<String>> known = new java.lang.ref.WeakReference<>(null);
        private java.lang.ref.WeakReference<BiPredicate<String, String>> together = new java.lang.ref.WeakReference<>(null);

        String split(String t, Predicate<String> known, BiPredicate<String, String> together, boolean last) {
            if (known != this.known.get() || together != this.together.get()) {
                java.util.Arrays.fill(word, null);
                this.known = new java.lang.ref.WeakReference<>(known);
                this.together = new java.lang.ref.WeakReference<>(together);
            }
            int h = t.hashCode() * 2 + (last ? 1 : 0);
            int slot = (h ^ h >>> 16) & (SLOTS - 1);
            String kept = word[slot];
            if (kept != null && (kept == t || hash[slot] == h && kept.equals(t)) && lastOf[slot] == last) {
                return result[slot];
            }
            String r = QueryRepair.split(t, known, together, last);
            word[slot] = t;
            hash[slot] = h;
            lastOf[slot] = last;
            result[slot] = r;
            return r;
        }
    }

    /** "left right" ({@code last}: t ends the name) when both halves are words the lists or the word lists know (halves of 2+ letters; particles are no halves). */
    static String split(String t, Predicate<String> known, boolean last) {
        return split(t, known, ANY_TWO, last);
    }

    /**
     * {@link #split(String, Predicate, boolean)}, where two halves that are listed names' words (neither a word of the
     * word lists) must be words some listed name may hold both of ({@code together}): a word run together from two words
     * of one listed name ("ALIHASSAN") is split, a name cut into two unrelated listed words ("Sophia" -> "sop hia") is
     * not; the first cut that passes is taken.
     */
    static String split(String t, Predicate<String> known, BiPredicate<String, String> together, boolean last) {
        // Each half is first asked of the filters by its hash (the left's worked out a letter at a time), and cut out as
        // a string only when it may be a word: most halves of a word the lists lack are none (ListedWords).
        KeyFilter listed = known instanceof ListedWords l ? l.filter() : null;
        int n = t.length();
        if (n < 4) {
            return null;   // no cut leaves two letters on each side
        }
        long state = KeyPostings.fnv(KeyPostings.FNV_START, t.charAt(0));
        for (int k = 2; k <= n - 2; k++) {
            state = KeyPostings.fnv(state, t.charAt(k - 1));
            if (!mayBeWord(KeyPostings.mixed(state), k, listed)) {
                continue;
            }
            String left = t.substring(0, k);
            if (!word(left, known)) {
                continue;
            }
            if (!mayBeWord(KeyPostings.hash(t, k, n), n - k, listed)) {
                continue;
            }
            String right = t.substring(k);
            // A stopword or a linking particle does not end a name: such a particle stands before the name it belongs to
            // ("van der Berg", "abu Bakar"). The last word "weiss" is no "wei ss", "Foster" no "fos ter", "Marchand" no
            // "march and"; "7THOF TIR" is "7th of tir".
            // A legal form ends a name: a half that is one is the last word's right half ("TRADINGCORPORATION"), or its
            // left half before another ("COMPANYLIMITED"); "Conesa" is no "co nesa", "Matias" no "mati as".
            if (word(right, known) && !(last && endsNoName(right)) && legalFormPlaced(left, right, last)
                    && (together == ANY_TWO || !namesWord(left) || !namesWord(right) || together.test(left, right))) {
                return left + " " + right;
            }
        }
        return null;
    }

    /** Whether the halves of a cut put no legal form where none stands: only a legal form's own half ends the name. */
    private static boolean legalFormPlaced(String left, String right, boolean last) {
        boolean l = legalOnly(left);
        boolean r = legalOnly(right);
        return !(l || r) || last && r;
    }

    /** A legal form of the word lists that is nothing else there (no stopword or generic word). */
    private static boolean legalOnly(String w) {
        return WordLists.LEGAL_FORMS.containsKey(w) && !WordLists.STOPWORDS.contains(w) && !WordLists.WORD_KINDS.containsKey(w);
    }

    /** A stopword, or a particle that links to the name after it ("van", "bin"; not a title that is a family name too,
     *  "Sheikh"): never the last word of a name. */
    private static boolean endsNoName(String w) {
        return WordLists.STOPWORDS.contains(w) || WordLists.LINKING_PARTICLES.contains(w);
    }

    /** Whether a half is only a listed name's word: letters alone, and no stopword, legal form, particle or generic word
     *  of the word lists (those are read whatever name they stand in). */
    private static boolean namesWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !WordLists.STOPWORDS.contains(w) && !WordLists.LEGAL_FORMS.containsKey(w) && !WordLists.WORD_KINDS.containsKey(w);
    }

    /** False only when no word of {@code length} letters with this {@link KeyPostings#hash key} is a {@link #word}:
     *  neither a listed word ({@code listed}, null: not known) nor one of the word lists'. */
    private static boolean mayBeWord(long key, int length, KeyFilter listed) {
        return length >= 3 && (listed == null || listed.mayContain(key)) || WORD_LIST_WORDS.mayContain(key);
    }

    /** The word lists' words a {@link #word} may be whatever the lists hold: stopwords, legal forms, generic words. */
    private static final KeyFilter WORD_LIST_WORDS = wordListWords();

    private static KeyFilter wordListWords() {
        java.util.Set<String> words = new java.util.HashSet<>(WordLists.STOPWORDS);
        words.addAll(WordLists.LEGAL_FORMS.keySet());
        WordLists.WORD_KINDS.forEach((w, k) -> {
            if (k == TokenKind.GENERIC) {
                words.add(w);
            }
        });
        return KeyFilter.ofStrings(words);
    }

    private static boolean word(String w, Predicate<String> known) {
        // Not particles: "na", "ter", "de" end and start too many names ("JANNA" is no "jan na").
        return (w.length() >= 3 && known.test(w)) || WordLists.STOPWORDS.contains(w) || WordLists.LEGAL_FORMS.containsKey(w)
                || WordLists.WORD_KINDS.get(w) == TokenKind.GENERIC;
    }
}
