package io.interdict.core.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation's name written in another script read word by word into English ({@code organisation-words.tsv},
 * each line citing the page it was taken from, with {@code generic-words.tsv}'s words and {@code business-words.tsv}'s
 * written in their own script): "Министерство обороны Российской Федерации" is read "ministry defence
 * russian federation", "شرکت ملی نفت ایران" "company national oil iran", 中国工商银行 "china industrial and commercial
 * bank". Lists name such bodies in English, and a transliteration ("ministerstvo oborony") meets none of their words.
 * <ul>
 *   <li>Words written apart (Cyrillic, Greek, Armenian, Georgian, Hebrew, Arabic script, Indic scripts) are looked up one
 *   by one, lower case. Arabic script is looked up without its vowel marks, with its letter variants made one (أ إ آ as
 *   ا, ى and ی as ي, ک as ك, ة and ۀ as ه), and a word the table lacks is looked up again without a leading "و" (and,
 *   read "and"), then without the article (ال, لل, بال) or a preposition joined to it (ب, ل, ك, ف). Hebrew likewise
 *   without a leading ו, then without one or two of the letters ה ב ל מ ש כ joined before it, each also as the
 *   singular of a plural ("מדויקים" as "מדויק"). Greek without its accents. A Russian or Ukrainian word the table lacks is looked up again with its case ending replaced by a
 *   nominative's ("обороны" as "оборона"), when the table holds that form.</li>
 *   <li>Han, Hangul, kana, Thai, Lao, Burmese and Khmer are written without spaces between words, so a word is cut into
 *   the longest words the table holds (and {@code generic-words.tsv}'s), of two characters or more, from its start;
 *   characters between them stay as written and are transliterated as the pipeline does.</li>
 *   <li>Words in Latin letters are the table's Russian, Ukrainian and Belarusian words romanised, in any of the usual
 *   systems ({@link RomanisedGlossary}): "AO KONTSERN OKEANPRIBOR" is read "AO concern OKEANPRIBOR".</li>
 * </ul>
 * A word the table does not hold stays as written (a proper name: "Касперского", 大疆). A name none of whose words the
 * table holds has no reading. Where words have a second English word, further readings have it ("ایران": iran,
 * iranian). Pure.
 */
public final class OrganisationGlossary {

    /** A reading, and how many of the name's words the table read. */
    public record Reading(String text, int translated, int words) {
    }

    private static final class Table {
        /** Normalised word to its English words (alternatives, the usual first). */
        static final Map<String, List<String>> WORDS = load();
        /** The longest word in a script written without spaces (Han, Hangul, kana, Thai…), in characters. */
        static final int LONGEST_UNSPACED = WORDS.keySet().stream().filter(OrganisationGlossary::unspaced)
                .mapToInt(w -> w.codePointCount(0, w.length())).max().orElse(2);
    }

    private OrganisationGlossary() {
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, "organisation-words.tsv", 4,
                "word TAB English (alternatives separated by |) TAB language TAB source")) {
            String word = key(row.fields()[0].strip());
            if (word.isEmpty() || word.contains(" ")) {
                throw new IllegalStateException("organisation-words.tsv line " + row.line() + ": '" + row.fields()[0]
                        + "' is not one word");
            }
            if (unspaced(word) && word.codePointCount(0, word.length()) < 2) {
                throw new IllegalStateException("organisation-words.tsv line " + row.line() + ": '" + row.fields()[0]
                        + "' is a single character (it would be cut out of too many names)");
            }
            // a whole name's English words without its commas ("ministry of economy, trade and industry"): a comma in a
            // name sets words apart that the matcher then weighs otherwise
            SourcedTable.putAlternatives(out, word, List.of(row.fields()[1].replace(',', ' ').strip().split("\\|")));
        }
        // Generic-words.tsv's words too, which GenericWords reads at a name's end only: here they are cut out anywhere.
        for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, "generic-words.tsv", 4,
                "word TAB English (alternatives separated by |) TAB language TAB source")) {
            SourcedTable.putAlternatives(out, key(row.fields()[0].strip()), List.of(row.fields()[1].strip().split("\\|")));
        }
        // Business-words.tsv's words written in their own script (Arabic, Persian, Hebrew, Cyrillic, Greek, Georgian,
        // Armenian), which BusinessWords reads in their transliteration: here they are read in English as the glossary's
        // own are, their English words after the glossary's ("التجارة": trade, trading; "للتجارة" looked up without its
        // article: "مؤسسة الراشد للتجارة" ~ "Al Rashed Trading Establishment").
        for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, "business-words.tsv", 4,
                "word TAB English (alternatives separated by |) TAB language TAB source")) {
            String word = row.fields()[0].strip();
            if (!word.isEmpty() && !word.contains(" ") && word.codePoints().anyMatch(c -> Character.isLetter(c)
                    && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
                SourcedTable.putAlternatives(out, key(word), List.of(row.fields()[1].strip().split("\\|")));
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether {@code folded} (a Latin word, lower case, as the pipeline prepares it) is one of the English words the
     * glossary gives organisations' words (its own table's, {@code generic-words.tsv}'s and {@code business-words.tsv}'s:
     * "state", "ministry", "institute", "aviation", "trading"): the words that say what kind of body a name is, not
     * which one.
     */
    public static boolean englishWord(String folded) {
        return English.WORDS.contains(folded);
    }

    private static final class English {
        static final java.util.Set<String> WORDS = loadEnglish();
    }

    private static java.util.Set<String> loadEnglish() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String table : List.of("organisation-words.tsv", "generic-words.tsv", "business-words.tsv")) {
            for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, table, 4,
                    "word TAB English (alternatives separated by |) TAB language TAB source")) {
                for (String words : row.fields()[1].strip().split("\\|")) {
                    for (String w : words.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** Whether the table holds the word (as written in its own script). */
    public static boolean holds(String word) {
        return Table.WORDS.containsKey(key(word));
    }

    /**
     * The name's readings in English, the table's words replaced and every other word as written: one with each word's
     * usual English word, then, where words have a second, one with each such word's second alone (at most
     * {@value #SWITCHED}), and one with all of them switched ("ایران": iran, iranian; "شرکت": company, corporation).
     * Empty when the name holds no word of the table. A word in Latin letters is read by {@link RomanisedGlossary}
     * (the table's Russian, Ukrainian and Belarusian words romanised: "kontsern", "gornaya").
     */
    public static List<Reading> inEnglish(String name) {
        if (name == null || !foreign(name) && !RomanisedGlossary.mayHold(name)) {
            return List.of();
        }
        List<List<String>> words = new ArrayList<>();   // each word's readings: as written, or its English words
        int translated = wordsOf(name, words);
        if (translated == 0) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>(SWITCHED + 2);
        int n = words.size();
        out.add(new Reading(join(words, FIRST), translated, n));
        int switched = 0;
        for (int k = 0; k < n && switched < SWITCHED; k++) {
            if (words.get(k).size() > 1) {
                out.add(new Reading(join(words, k), translated, n));
                switched++;
            }
        }
        if (switched > 1) {
            out.add(new Reading(join(words, ALL_SECOND), translated, n));
        }
        return out;
    }

    /** Each word of the name and its readings into {@code words} (as written, or its English words); returns how many
     *  words the table read. */
    private static int wordsOf(String name, List<List<String>> words) {
        int translated = 0;
        for (String w : Words.spaced(bare(name))) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.indexOf('-') > 0 && !unspaced(w) && !heldWhole(w)) {
                for (String part : w.split("-")) {   // "экспортно-импортный": each part, when not listed whole
                    if (!part.isEmpty()) {
                        translated += read(part, words);
                    }
                }
            } else {
                translated += read(w, words);
            }
        }
        if (translated > 0) {
            translated += initialisms(words);
        }
        // A name in Latin letters alone is read when two of its words are a Russian, Ukrainian or Belarusian body's
        // romanised, or one is and a legal form tells such a company ("AO KONTSERN OKEANPRIBOR", "OBSHCHESTVO S
        // OGRANICHENNOI OTVETSTVENNOSTYU YUZHNY PROEKT"): one word alone may be
        // another language's word romanised alike ("Policy" folds as "полиции" does).
        if (translated == 1 && !foreign(name) && !RomanisedGlossary.writesEastSlavicForm(name)
                && java.util.Collections.disjoint(LegalFormCountries.of(name), EAST_SLAVIC)) {
            return 0;
        }
        return translated;
    }

    /** The countries whose bodies' names {@link RomanisedGlossary} reads. */
    private static final java.util.Set<String> EAST_SLAVIC = java.util.Set.of("RU", "UA", "BY");

    /**
     * The name read in English with each word the table holds read as whichever of its English words {@code other}
     * writes (every word of it among other's words, lower case; of several, the one of most words): "ကုန်သွယ်ရေး" (trade,
     * commerce, trading) read "trading" against "U Kyaw Zaw Htun Trading", 科技 (technology, science and technology) read
     * "science and technology" against "China Aerospace Science and Technology Corporation". Compared pairwise, the other name tells which of a word's meanings its name
     * uses, where {@link #inEnglish} tries the first two alone. Null when no word is read otherwise than by its first
     * English word, or the name holds none of the table's words.
     */
    public static Reading inEnglishAgainst(String name, String other) {
        if (name == null || other == null || !foreign(name) && !RomanisedGlossary.mayHold(name)) {
            return null;
        }
        List<List<String>> words = new ArrayList<>();
        int translated = wordsOf(name, words);
        if (translated == 0) {
            return null;
        }
        java.util.Set<String> otherWords = new java.util.HashSet<>(List.of(Words.spaced(bare(other).toLowerCase(java.util.Locale.ROOT))));
        StringBuilder sb = new StringBuilder();
        boolean chosen = false;
        for (List<String> w : words) {
            // the English words other writes all of, the most words first ("science and technology" before
            // "technology" against "China Aerospace Science and Technology Corporation"); else the first
            String put = w.get(0);
            int most = otherWords.containsAll(List.of(put.split(" "))) ? put.split(" ").length : 0;
            for (int k = 1; k < w.size(); k++) {
                String[] english = w.get(k).split(" ");
                if (english.length > most && otherWords.containsAll(List.of(english))) {
                    put = w.get(k);
                    most = english.length;
                    chosen = true;
                }
            }
            sb.append(sb.length() == 0 ? "" : " ").append(put);
        }
        return chosen ? new Reading(sb.toString(), translated, words.size()) : null;
    }

    /** Whether a hyphenated word is held whole ("научно-производственное"), or, in Cyrillic, in a nominative form. */
    private static boolean heldWhole(String w) {
        String k = key(w);
        return Table.WORDS.containsKey(k) || cyrillic(w) && lemma(k) != null
                || !foreign(w) && RomanisedGlossary.english(w) != null;
    }

    /** How many words with a second English word are each read with it alone. */
    private static final int SWITCHED = 3;
    /** {@link #join}'s every word with its first English word, and every word with its second. */
    private static final int FIRST = -2;
    private static final int ALL_SECOND = -1;

    /** The words joined, each with its first reading ({@link #FIRST}), word {@code k}'s second ({@code k} >= 0), or every
     *  word's second ({@link #ALL_SECOND}). */
    private static String join(List<List<String>> words, int k) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            List<String> w = words.get(i);
            String put = w.size() > 1 && (k == ALL_SECOND || k == i) ? w.get(1) : w.get(0);
            sb.append(sb.length() == 0 ? "" : " ").append(put);
        }
        return sb.toString();
    }

    /** The name with every character but letters, marks, digits, hyphens and apostrophes made a space (quotes and
     *  brackets: «Ростех», (香港)). */
    private static String bare(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            // Hebrew writes an abbreviation with a geresh or gershayim inside a word (בע"מ): kept there
            boolean inHebrewWord = (c == '"' || c == '\u05F3' || c == '\u05F4') && i > 0 && i + 1 < name.length()
                    && hebrew(name.substring(i - 1, i)) && hebrew(name.substring(i + 1, i + 2));
            sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || inHebrewWord
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || c == '\u200C' || c == '\u200D' ? c : ' ');
        }
        return sb.toString();
    }

    /** Adds the word's readings (one list per word it is read as); returns how many of them the table read. */
    private static int read(String word, List<List<String>> words) {
        if (!foreign(word)) {
            // a Russian, Ukrainian or Belarusian word in Latin letters ("kontsern", "gornaya"); the table itself holds
            // no Latin word (business-words.tsv's Latin words are BusinessWords')
            List<String> english = RomanisedGlossary.english(word);
            words.add(english == null ? List.of(word) : english);
            return english == null || RomanisedGlossary.nearlyItself(word, english) ? 0 : 1;
        }
        if (unspaced(word)) {
            return cut(word, words);
        }
        String k = key(word);
        List<String> english = Table.WORDS.get(k);
        if (english == null && arabic(word)) {
            english = withAnd(k, '\u0648', OrganisationGlossary::lookUpArabic, words);   // و
        } else if (english == null && cyrillic(word)) {
            english = lemma(k);
        } else if (english == null && hebrew(word)) {
            english = withAnd(k, '\u05D5', OrganisationGlossary::lookUpHebrew, words);   // ו
        }
        words.add(english == null ? List.of(word) : english);
        return english == null ? 0 : 1;
    }

    /** A word looked up by {@code lookUp}, first without the letter "and" joined before it ({@code and}: Arabic و, Hebrew
     *  ו), which then adds "and" to {@code words}; null when neither is held. */
    private static List<String> withAnd(String k, char and, java.util.function.Function<String, List<String>> lookUp,
                                        List<List<String>> words) {
        if (k.length() > 3 && k.charAt(0) == and) {
            List<String> english = lookUp.apply(k.substring(1));
            if (english != null) {
                words.add(List.of("and"));
                return english;
            }
        }
        return lookUp.apply(k);
    }

    /** An Arabic-script word looked up without its article (ال, لل, بال, كال, فال), or without a preposition joined to it
     *  (ب, ل, ك, ف). */
    private static List<String> lookUpArabic(String k) {
        List<String> english = Table.WORDS.get(k);
        if (english != null) {
            return english;
        }
        for (String article : new String[]{"\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
                "\u0641\u0627\u0644"}) {
            if (k.startsWith(article) && k.length() - article.length() >= 2) {
                english = Table.WORDS.get(k.substring(article.length()));
                if (english != null) {
                    return english;
                }
            }
        }
        // a preposition joined to a word without the article: "ببلاد" (in the lands of), "لتحرير" (for the liberation of)
        if (k.length() >= 4 && "\u0628\u0644\u0643\u0641".indexOf(k.charAt(0)) >= 0) {
            return Table.WORDS.get(k.substring(1));
        }
        return null;
    }

    /** A Hebrew word looked up without a prefixed letter (ה the, ב in, ל to, מ from, ש that, כ as), and without two
     *  (מה, שה, לה, כש...), the word left of two letters or more; each as written or, in a plural, as its singular
     *  ({@link #hebrewSingular}). */
    private static List<String> lookUpHebrew(String k) {
        List<String> english = hebrewWord(k);
        for (int strip = 1; english == null && strip <= 2 && k.length() - strip >= 2; strip++) {
            if ("\u05D4\u05D1\u05DC\u05DE\u05E9\u05DB".indexOf(k.charAt(strip - 1)) < 0) {
                return null;
            }
            english = hebrewWord(k.substring(strip));
        }
        return english;
    }

    /** A Hebrew word as the table holds it, or as its singular: a masculine plural's ים dropped (and the ה or י a
     *  singular ends in put back), a feminine plural's ות read as the singular's ה or ת (or ית), or dropped. Nouns and
     *  adjectives alike ("מדויקים" precise, of the singular "מדויק"); the rule as grammars give it (hebrewtuts.blogspot.com
     *  "Plural of nouns": "Before adding ים, the masculine noun first drops any ֶה or ִי ending it has. And before adding
     *  וֹת, the feminine noun first drops the singular feminine ending ָה or ִת"; hebrewpod101.com, "What are the plural
     *  forms of Hebrew nouns?": feminine nouns "change their last letter to ... וֹת", masculine nouns "get an extra yod mem
     *  at the end - ים"). The singular must leave two letters or more. */
    private static List<String> hebrewWord(String k) {
        List<String> english = Table.WORDS.get(k);
        return english != null ? english : hebrewSingular(k);
    }

    /** Plural endings, each with the singular endings it may stand for. */
    private static final String[][] HEBREW_PLURALS = {
            {"\u05D9\u05DD", "", "\u05D4", "\u05D9"},                       // ים: -, ה, י
            {"\u05D5\u05EA", "\u05D4", "\u05EA", "\u05D9\u05EA", ""},     // ות: ה, ת, ית, -
    };

    private static List<String> hebrewSingular(String k) {
        return withEndingReplaced(k, HEBREW_PLURALS, 2);
    }

    /** The table's English for {@code k} with an ending of {@code endings} (a row: the ending, then the endings it may
     *  stand for, tried in turn) replaced by one the table holds the word with, the rest keeping {@code least} letters
     *  or more; null when none is held. */
    private static List<String> withEndingReplaced(String k, String[][] endings, int least) {
        for (String[] e : endings) {
            if (k.length() - e[0].length() < least || !k.endsWith(e[0])) {
                continue;
            }
            String stem = k.substring(0, k.length() - e[0].length());
            for (int i = 1; i < e.length; i++) {
                List<String> english = Table.WORDS.get(stem + e[i]);
                if (english != null) {
                    return english;
                }
            }
        }
        return null;
    }

    /** Case endings of Russian and Ukrainian adjectives and nouns, each with the nominative endings it may stand for;
     *  the longest ending first. */
    private static final String[][] ENDINGS = {
            {"ого", "ый", "ий", "ой", "ое"}, {"его", "ий", "ее"}, {"ому", "ый", "ий", "ой", "ое"}, {"ему", "ий", "ее"},
            {"ой", "ая", "ый", "а"}, {"ей", "яя", "ий", "я", "ь"}, {"ую", "ая"}, {"ых", "ые", "ый", "ая", ""},
            {"их", "ие", "ий"}, {"ым", "ый", "ые"}, {"ими", "ие"}, {"ами", "а", ""}, {"ов", "", "ы"}, {"ев", "ь", "й"},
            {"ии", "ия", "ие"}, {"ия", "ие"}, {"ы", "а", ""}, {"и", "а", "я", "ь", "ия"}, {"а", "", "о"}, {"у", "а", ""},
            {"е", "а", "", "о"}, {"ом", "", "о"}, {"ої", "а"}, {"ій", "а", "ий"}, {"ів", "и", ""},
            {"і", "а", "ь", "я"},
    };

    /** A Cyrillic word of five letters or more read with its case ending replaced by a nominative's the table holds. */
    private static List<String> lemma(String k) {
        return k.length() < 5 ? null : withEndingReplaced(k, ENDINGS, 0);
    }

    /** The case forms of a Cyrillic word of five letters or more that {@link #lemma} reads back to it: each ending of
     *  {@link #ENDINGS} put for a nominative ending the word has ("оборона": "обороны", "обороне"...). */
    static List<String> caseForms(String k) {
        List<String> out = new ArrayList<>();
        for (String[] e : ENDINGS) {
            for (int i = 1; i < e.length; i++) {
                if (k.endsWith(e[i])) {
                    String form = k.substring(0, k.length() - e[i].length()) + e[0];
                    if (form.length() >= 5 && !form.equals(k) && !out.contains(form)) {
                        out.add(form);
                    }
                }
            }
        }
        return out;
    }

    /** A word in a script written without spaces (Han, Hangul, kana, Thai, Lao, Burmese, Khmer) cut into the table's
     *  words, longest first, from its start; returns how many. A legal form of the script (legal_forms.csv's 주식회사,
     *  有限公司…) is kept whole as a word of its own, for the pipeline to read as a form: its letters are not the table's
     *  words (주식회사 is no "주식 company"). */
    private static int cut(String word, List<List<String>> words) {
        int[] cps = word.codePoints().toArray();
        StringBuilder rest = new StringBuilder();
        int translated = 0;
        int i = 0;
        while (i < cps.length) {
            int form = legalFormAt(cps, i);
            if (form > 0) {
                if (rest.length() > 0) {
                    words.add(List.of(rest.toString()));
                    rest.setLength(0);
                }
                words.add(List.of(new String(cps, i, form)));
                i += form;
                continue;
            }
            List<String> english = null;
            int len = Math.min(Table.LONGEST_UNSPACED, cps.length - i);
            for (; len >= 2; len--) {
                english = Table.WORDS.get(new String(cps, i, len));
                if (english != null) {
                    break;
                }
            }
            if (english == null) {
                rest.appendCodePoint(cps[i]);
                i++;
                continue;
            }
            if (rest.length() > 0) {
                words.add(List.of(rest.toString()));
                rest.setLength(0);
            }
            words.add(english);
            translated++;
            i += len;
        }
        if (rest.length() > 0) {
            words.add(List.of(rest.toString()));
        }
        return translated;
    }

    /**
     * In a name the table read a word of, each word or part of a word it did not read that spells Latin letters by their
     * Hangul names is read as those letters ({@link HangulLetterNames}: 엘지전자 and 엘지 전자 "lg electronics", LG
     * Electronics); returns how many were.
     */
    private static int initialisms(List<List<String>> words) {
        int read = 0;
        for (int k = 0; k < words.size(); k++) {
            List<String> w = words.get(k);
            String letters = w.size() == 1 ? HangulLetterNames.initialism(w.get(0)) : null;
            if (letters != null) {
                words.set(k, List.of(letters));
                read++;
            }
        }
        return read;
    }

    /** The length, in code points, of the longest legal form written without spaces that starts at {@code cps[i]}, or 0. */
    private static int legalFormAt(int[] cps, int i) {
        for (int[] form : UNSPACED_LEGAL_FORMS) {   // longest first
            if (i + form.length <= cps.length && java.util.Arrays.equals(cps, i, i + form.length, form, 0, form.length)) {
                return form.length;
            }
        }
        return 0;
    }

    /** {@link WordLists#SCRIPT_LEGAL_FORMS} written without spaces, of two characters or more, as code points, longest
     *  first: looked up at each character of every such word cut. */
    private static final int[][] UNSPACED_LEGAL_FORMS = WordLists.SCRIPT_LEGAL_FORMS.stream().map(java.util.Map.Entry::getKey)
            .filter(f -> unspaced(f) && f.codePointCount(0, f.length()) >= 2)
            .map(f -> f.codePoints().toArray()).toArray(int[][]::new);

    /** The word as looked up: NFC, lower case, Arabic script without vowel marks and with its variant letters made one,
     *  Cyrillic ё as е. */
    static String key(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (greek(s)) {   // Greek without its accents and with one sigma: "Τράπεζας" as "τραπεζασ"
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "").replace('\u03C2', '\u03C3');
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D') {
                continue;   // vowel marks, tatweel, joiners
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
                case '\u0649', '\u06CC', '\u064A' -> sb.append('\u064A');
                case '\u06A9' -> sb.append('\u0643');
                case '\u0629', '\u06C0' -> sb.append('\u0647');
                case 'ё' -> sb.append('е');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean foreign(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= '\u0370') {
                return true;
            }
        }
        return false;
    }

    private static boolean arabic(String w) {
        return w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    static boolean cyrillic(String w) {
        return w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    /** Whether the word is in a script written without spaces between words: Han, Hangul, kana, Thai, Lao, Burmese,
     *  Khmer. */
    private static boolean unspaced(String w) {
        return w.codePoints().anyMatch(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                    || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                    || s == Character.UnicodeScript.MYANMAR || s == Character.UnicodeScript.KHMER;
        });
    }

    private static boolean hebrew(String w) {
        return w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HEBREW);
    }

    private static boolean greek(String w) {
        return w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK);
    }
}
