package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The one normalisation pipeline, used identically when a list is imported and when a query
 * arrives. Steps run in a fixed order:
 * <ol>
 *   <li>{@link NfkcCaseFold} — Unicode NFKC and case folding</li>
 *   <li>{@link ScriptLegalForms} — split non-Latin legal forms (有限公司, ООО) off the name</li>
 *   <li>{@link PersonNameOrder} — "LAST, First" to "First LAST" for persons</li>
 *   <li>{@link Transliterate} — any script to Latin, diacritics removed</li>
 *   <li>{@link Punctuation} — initialisms, apostrophes, separators</li>
 *   <li>tokenise on spaces</li>
 *   <li>{@link Numerals} — number words and Roman numerals to digits</li>
 *   <li>{@link Abbreviations} — "intl" to "international"</li>
 *   <li>{@link LegalForms} — legal forms to a canonical family token (not a short form written with a diacritic:
 *       "Ana Sá" is a person's name, "Nestlé SA" a company's)</li>
 *   <li>{@link WordClasses} — stopwords dropped (not from a name read from Arabic, Hebrew, Syriac or Thaana, whose
 *       consonants may spell one: "עמר", Omer, reads "mr"), particles, generic words and initials marked</li>
 *   <li>{@link Honorifics} — a person's titles ("His Excellency", "General") and suffixes ("Jr.") dropped, in a name
 *       of no known kind marked as particles; not in {@code interdict-v1}'s pipeline</li>
 * </ol>
 * Pure and thread-safe. Idempotent on its own output: {@code prepare(p.normalized())} has the
 * same tokens as {@code p} (a property test checks it), except where the output writes a word as it was not written:
 * a word of a name read from a script that writes consonants alone ("mr", kept, which Latin text would drop as a
 * stopword), and a short word written with a diacritic ("Sá", kept, which "sa" would read as a legal form).
 */
public final class NamePipeline {
    private static final NamePipeline DEFAULT = new NamePipeline(
            List.of(new NfkcCaseFold(), ScriptLegalForms.v2(), new PersonNameOrder(), new Transliterate(),
                    new Punctuation(true, true)),
            List.of(new Numerals(), new Abbreviations(true), new LegalForms(), WordClasses.standard(),
                    new Honorifics()));
    /** {@code interdict-v1}'s pipeline, kept as it was frozen: short legal forms read wherever they stand, and the
     *  non-Latin forms inside words too ({@link ScriptLegalForms}), Roman numerals wherever they stand, Khmer unread. */
    private static final NamePipeline V1 = new NamePipeline(
            List.of(new NfkcCaseFold(), new ScriptLegalForms(), new PersonNameOrder(), new Transliterate(false),
                    new Punctuation()),
            List.of(Numerals.anywhere(), new Abbreviations(), LegalForms.anywhere(), new WordClasses()));

    private final List<TextStep> textSteps;
    private final List<TokenStep> tokenSteps;

    private NamePipeline(List<TextStep> textSteps, List<TokenStep> tokenSteps) {
        this.textSteps = List.copyOf(textSteps);
        this.tokenSteps = List.copyOf(tokenSteps);
    }

    public static NamePipeline standard() {
        return DEFAULT;
    }

    /** The pipeline {@code interdict-v1} was frozen with: as {@link #standard()}, but a short legal form ("ou",
     *  "sa", "doo") is read as one wherever it stands, also amid a person's name ({@link LegalForms}). */
    public static NamePipeline v1() {
        return V1;
    }

    /**
     * Compiles the transliteration rules, and builds the Latin spellings of Korean syllables, on a
     * background thread: ICU builds a script's rules on its first name (Han-Latin alone takes half a
     * second), which would otherwise fall inside the first index build. Called where a process starts
     * importing lists, so the rules compile on the other core meanwhile. Idempotent; the result is
     * never waited for.
     */
    public static void warmUpAsync() {
        warmUpAsync(() -> { });
    }

    /**
     * {@link #warmUpAsync()}, then {@code then} on the same thread (what else the caller's index build loads on first
     * use). Only the first call of either starts the thread.
     */
    public static void warmUpAsync(Runnable then) {
        if (WARMING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                DEFAULT.prepare("支付宝 カメラ Путин محمد אביאל पद्म 경수 กิติชัย Erdoğan", Schema.UNKNOWN);
                // the Latin spellings of Korean syllables, which the index build asks of every listed name
                KoreanNameSpelling.latinSyllables("kim");
                // the look-alike letters' tables, built from ICU's confusables data when a name first mixes alphabets
                LookalikeLetters.letters("Putin \u041F\u0443\u0442\u0438\u043D");
                then.run();
            }, "interdict-pipeline-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    public PreparedName prepare(String name, Schema schema) {
        Schema s = schema == null ? Schema.UNKNOWN : schema;
        String text = name == null ? "" : name;
        boolean transliterated = false;
        for (TextStep step : textSteps) {
            String before = text;
            text = step.apply(text, s);
            if (step instanceof Transliterate && !before.equals(text)) {
                transliterated = !isLatinOrCommon(before);
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {   // the words between spaces (no split: every query and list name)
            int end = text.indexOf(' ', i);
            if (end < 0) {
                end = text.length();
            }
            if (end > i) {
                tokens.add(Token.word(text.substring(i, end)));
            }
            i = end + 1;
        }
        TokenStep.Written written = new TokenStep.Written(transliterated && consonantal(name), accentedShortWords(name),
                lettersWithPeriods(name));
        for (TokenStep step : tokenSteps) {
            tokens = step.apply(tokens, s, written);
        }
        return new PreparedName(name == null ? "" : name, s, tokens, transliterated);
    }

    /** The words of a name as the token steps before {@link LegalForms} leave them, space separated: how a legal form
     *  of a table written as companies write it ("S.A.B. de C.V.") reads when a name ends with it. */
    String wordsBeforeLegalForms(String form) {
        String text = foldedText(form, Schema.COMPANY);
        List<Token> tokens = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                tokens.add(Token.word(w));
            }
        }
        TokenStep.Written written = new TokenStep.Written(false, accentedShortWords(form));
        for (TokenStep step : tokenSteps) {
            if (step instanceof LegalForms) {
                break;
            }
            tokens = step.apply(tokens, Schema.COMPANY, written);
        }
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(out.length() > 0 ? " " : "").append(t.text());
        }
        return out.toString();
    }

    /** The name's text after the text steps alone (case folded, transliterated, punctuation read), before it is cut
     *  into words: for readers of the words as written, before legal forms become their families. */
    String foldedText(String name, Schema schema) {
        Schema s = schema == null ? Schema.UNKNOWN : schema;
        String text = name == null ? "" : name;
        for (TextStep step : textSteps) {
            text = step.apply(text, s);
        }
        return text;
    }

    /** The Latin letters (lower case) the name writes alone with a period after them ("Y." in "MUHAMMAD Y. AHMAD", "J." in
     *  "J.R.R."): empty for most names, which have no period. */
    static java.util.Set<String> lettersWithPeriods(String name) {
        if (name == null || name.indexOf('.') < 0) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = null;
        for (int i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) {
            char c = i > 0 ? name.charAt(i - 1) : ' ';
            boolean alone = i < 2 || !Character.isLetterOrDigit(name.charAt(i - 2));
            if (alone && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                if (out == null) {
                    out = new java.util.HashSet<>();
                }
                out.add(String.valueOf(Character.toLowerCase(c)));
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** Short legal forms written with a diacritic, as the companies write them (lower case, letters only): Estonian
     *  OÜ, TÜ, MTÜ (osaühing, tulundusühistu, mittetulundusühing) and Turkish A.Ş., Şti. (anonim şirket, şirketi). */
    private static final java.util.Set<String> FORMS_WITH_MARKS = java.util.Set.of("oü", "tü", "mtü", "aş", "şti");
    /** What is not a letter (marks, punctuation), taken out of a word. */
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    /** The words of the name of at most {@link LegalForms#SHORT} letters written with a diacritic, folded to ASCII
     *  lower case ("Sá" -> "sa"): no legal form is written so. In a name in Vietnamese orthography (a letter only it
     *  writes: ũ, ĩ, ơ, ư, or a vowel with a tone mark of U+1EA0–U+1EF9), every such word: a syllable ("Vũ Sa"). Empty
     *  for most names, which have none. */
    static java.util.Set<String> accentedShortWords(String name) {
        if (name == null) {
            return java.util.Set.of();
        }
        boolean vietnamese = vietnamese(name);
        java.util.Set<String> out = null;
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || Character.isWhitespace(name.charAt(i))) {
                boolean marked = vietnamese && i - start <= 2 * LegalForms.SHORT;
                for (int k = start; i - start <= 2 * LegalForms.SHORT && k < i && !marked; k++) {
                    char ch = name.charAt(k);
                    marked = ch >= 0xC0 && ch < 0x250 && Character.isLetter(ch) || ch >= 0x300 && ch < 0x370;
                }
                if (marked) {   // a word of a few letters with a diacritic: most names have none, and pass here alone
                    String w = name.substring(start, i);
                    if (!FORMS_WITH_MARKS.contains(LETTERS.matcher(w).replaceAll("").toLowerCase(java.util.Locale.ROOT))) {
                        String folded = LETTERS.matcher(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD))
                                .replaceAll("").toLowerCase(java.util.Locale.ROOT);
                        if (folded.length() <= LegalForms.SHORT) {
                            if (out == null) {
                                out = new java.util.HashSet<>();
                            }
                            out.add(folded);
                        }
                    }
                }
                start = i + 1;
            }
        }
        return out == null ? java.util.Set.of() : out;
    }

    /** Whether the name has a letter only Vietnamese writes: ũ, ĩ, ơ, ư, or a vowel with a tone mark (U+1EA0–U+1EF9). */
    private static boolean vietnamese(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u1EA0' && c <= '\u1EF9' || "ũŨĩĨơƠưƯ".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is written in a script that writes consonants alone (Arabic, Hebrew, Syriac, Thaana) and has
     *  no Latin letter. */
    static boolean consonantal(String name) {
        boolean abjad = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0590) {
                if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    return false;
                }
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case ARABIC, HEBREW, SYRIAC, THAANA -> abjad = true;
                case LATIN -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return abjad;
    }

    private static boolean isLatinOrCommon(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                continue;   // ASCII is Latin or Common
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                    && sc != Character.UnicodeScript.INHERITED) {
                return false;
            }
        }
        return true;
    }
}
