package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 8: legal forms and company-type phrases to one canonical family token, longest phrase
 * first ("Open Joint Stock Company" -> "jsc", "Sp. z o.o." -> "llc", "Aktiengesellschaft" -> "jsc").
 * Applied to persons too: "Nicolás Maduro LLC" carries a legal form whatever its schema says (but see below).
 * A name made only of legal-form words keeps them as words ("Company").
 *
 * <p>A form written as one word of at most {@value #SHORT} letters ("ou", "sa", "as", "ag", "doo",
 * "ao"), or spelling a Mandarin syllable ("chao"), is as often a syllable of a name: the Chinese family
 * names Ou and Ao, the Chinese given name Chao, the Korean given name Doo-hwan, the Arabic article of
 * "As-Sayyed", the Tuareg "Ag" of "Iyad Ag Ghali". Such a form is a legal
 * form only where companies write it: in the run of forms that ends the name ("Tallink Grupp AS",
 * "Acme Co Ltd"), or first when it is one of {@link #PREFIXES}. Anywhere else it stays a word. Longer
 * forms and phrases ("GmbH", "Limited", "Joint Stock Company") are forms wherever they stand, and so are
 * the canonical tokens themselves ("ltd", "jsc", "co"): a prepared name prepares again to itself. The rule
 * looks only at the words, so a query of unknown schema reads like the listed name; but in a name known to be a
 * person's a short form is always a word ("KHUN SA", "PAO, Yu Liang", "OU, Xiaoming": a family name, not "S.A.",
 * "PAO" or Estonian "OÜ"). A search reads a query ending in one as a person's name too ({@code QueryForms}).
 */
public final class LegalForms implements TokenStep {
    private final boolean byPosition;

    /** Short forms read by their position (the standard pipeline). */
    public LegalForms() {
        this(true);
    }

    private LegalForms(boolean byPosition) {
        this.byPosition = byPosition;
    }

    /** Short forms read wherever they stand ({@code interdict-v1}, frozen so). */
    static LegalForms anywhere() {
        return new LegalForms(false);
    }

    /** Forms of at most this many letters are read by their position. */
    static final int SHORT = 3;
    /**
     * The short forms that begin company names: derived from the bundled lists (2026-11-30), where each
     * begins at least ten organisation names ("AO Kaspersky Lab", "OOO VEB Kapital", "LLC Resad", "ZAO
     * Kronshtadt"); every other short form begins at most six.
     */
    static final java.util.Set<String> PREFIXES = java.util.Set.of("ao", "oao", "zao", "pao", "ooo", "llc");
    /** The canonical tokens forms are read as ("ltd", "jsc", "co"...). */
    private static final java.util.Set<String> CANONICAL = java.util.Set.copyOf(WordLists.LEGAL_FORMS.values());

    /** A one-word form that may as well be a syllable of a name: short, or a Mandarin syllable ("chao", a
     *  transliteration of Ukrainian companies' ЧАО, is the given name of "WEI, Chao"), and not itself a canonical token. */
    static boolean ambiguous(String word) {
        return (word.length() <= SHORT || HanLatin.syllable(word)) && !CANONICAL.contains(word);
    }

    /**
     * Whether the first or the last word of {@code name} (as written: letters, any case) may be read as a short form, so
     * that the name reads otherwise as a person's ("Khun Sa", "Pao Yu Liang"): a cheap test, before preparing it twice.
     */
    public static boolean mayReadShortForm(String name) {
        int end = name.length();
        while (end > 0 && !Character.isLetter(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(name.charAt(start - 1))) {
            start--;
        }
        int b = 0;
        while (b < name.length() && !Character.isLetter(name.charAt(b))) {
            b++;
        }
        int e = b;
        while (e < name.length() && Character.isLetter(name.charAt(e))) {
            e++;
        }
        return shortForm(name.substring(start, end)) || e < start && shortForm(name.substring(b, e));
    }

    private static boolean shortForm(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return !w.isEmpty() && w.length() <= 8 && StandardLegalForms.FORMS.containsKey(w) && personsWord(w);
    }

    /** An ambiguous form a person's name may hold as a word: of two letters or a Mandarin syllable, with a vowel ("sa",
     *  "ou", "ao", "pao", "chao"); not one of consonants only, which spells no name ("bv", "kg"), nor a longer one no
     *  name is ("spa", "sas", "inc"). */
    static boolean personsWord(String word) {
        if (!ambiguous(word) || word.length() > 2 && !HanLatin.syllable(word)) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ("aeiouy".indexOf(word.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One-word forms that are also family names, read as words in a person's name: Persian "sherkat" (company) is the
     *  family name of Shahla Sherkat, founder of the Iranian magazine Zanan (iranwire.com/en/special-features/61426/). */
    private static final java.util.Set<String> FAMILY_NAMES = java.util.Set.of("sherkat");

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        return apply(tokens, schema, Written.PLAIN);
    }

    /** A short form written with a diacritic ("Sá", a Portuguese family name) is no form: forms are written without
     *  (by position only, the standard pipeline). */
    @Override
    public List<Token> apply(List<Token> tokens, Schema schema, Written written) {
        List<Token> out = new ArrayList<>(tokens.size());
        List<Token> shortWord = new ArrayList<>(tokens.size());   // the word a short one-word form was read from
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            String canonical = null;
            StringBuilder phrase = new StringBuilder();
            java.util.Map<String, String> forms = byPosition ? StandardLegalForms.FORMS : WordLists.LEGAL_FORMS;
            int longest = byPosition ? StandardLegalForms.LONGEST : WordLists.MAX_LEGAL_TOKENS;
            java.util.Set<String> starts = byPosition ? StandardLegalForms.STARTS : WordLists.LEGAL_FORM_STARTS;
            for (int k = 0; k < longest && i + k < tokens.size(); k++) {
                Token t = tokens.get(i + k);
                if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.LEGAL) {
                    break;
                }
                if (k > 0) {
                    phrase.append(' ');
                }
                phrase.append(t.text());
                String p = phrase.toString();
                String c = forms.get(p);
                if (c != null) {
                    matched = k + 1;
                    canonical = c;
                }
                if (!starts.contains(p)) {
                    break;   // no longer form begins with these words
                }
            }
            if (matched == 1 && byPosition && ambiguous(tokens.get(i).text())
                    && written.accented().contains(tokens.get(i).text())) {
                matched = 0;   // "Sá": a word, not "S.A."
            }
            if (matched == 1 && schema != null && schema.isPerson() && FAMILY_NAMES.contains(tokens.get(i).text())) {
                matched = 0;   // a form that is also a family name: "Shahla Sherkat"
            }
            if (matched == 1 && byPosition && schema != null && schema.isPerson() && personsWord(tokens.get(i).text())) {
                // A person's name: its short word is a name ("KHUN SA", "PAO, Yu Liang", "OU, Xiaoming"), whatever its place.
                matched = 0;
            }
            if (matched == 1 && byPosition && written.consonantal() && ambiguous(tokens.get(i).text())) {
                // A word read from an abjad that spells a Latin form's letters is the name's word: "אסא" (Asa) read
                // "as" is no A/S, "אראל" (Arel) read "arl" no A.R.L. The script's own forms (בע"מ, شركة) were read
                // before it was transliterated (ScriptLegalForms), and stand as their canonical forms ("ltd").
                matched = 0;
            }
            if (matched > 0) {
                out.add(new Token(canonical, TokenKind.LEGAL));
                shortWord.add(byPosition && matched == 1 && ambiguous(tokens.get(i).text()) ? tokens.get(i) : null);
                i += matched;
            } else {
                out.add(tokens.get(i));
                shortWord.add(null);
                i++;
            }
        }
        // Short forms stand in the run of forms that ends the name, or first as a prefix; elsewhere they are words.
        // Stopwords, which a later step drops ("the", "and"), count for neither position: "The AO Gazprom" reads as
        // "AO Gazprom" does, and reading the pipeline's own output again gives the same tokens.
        int first = 0;
        while (first < out.size() && droppedLater(out.get(first))) {
            first++;
        }
        boolean trailing = true;
        for (int j = out.size() - 1; j >= 0; j--) {
            if (droppedLater(out.get(j))) {
                continue;
            }
            if (out.get(j).kind() != TokenKind.LEGAL) {
                trailing = false;
            } else if (shortWord.get(j) != null && !trailing && !(j == first && PREFIXES.contains(shortWord.get(j).text()))) {
                out.set(j, shortWord.get(j));
            }
        }
        for (Token t : out) {
            if (t.kind() != TokenKind.LEGAL) {
                return out;
            }
        }
        return tokens;
    }

    /** A word {@link WordClasses} drops (a stopword), so it stands neither before a prefix form nor after a trailing one. */
    private static boolean droppedLater(Token t) {
        return t.kind() == TokenKind.WORD && WordLists.STOPWORDS.contains(t.text());
    }
}
