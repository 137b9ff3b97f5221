package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 2: splits legal forms written in non-Latin scripts off the name ("沧澜远洋航运有限公司" ->
 * "沧澜远洋航运 ltd"), before transliteration would glue them to the name as pinyin.
 *
 * <p>{@code interdict-v2}'s step ({@link #v2()}) also reads the forms of {@code script-legal-forms.tsv} (Ukrainian АТ,
 * Bulgarian ЕАД and ООД, Greek Α.Ε., Arabic شركة…), and reads a form written in a script that spaces its words
 * (Cyrillic, Greek, Arabic, Hebrew…) only as a word of its own: "Котов" is no "ко ТОВ", "Мао" no "м АО". Forms in Han,
 * kana, Hangul, Thai or Myanmar letters are still found inside a word, as those scripts glue them to the name.
 * {@code interdict-v1} keeps the step it was frozen with.
 */
public final class ScriptLegalForms implements TextStep {
    // Folded like the text reaching this step (step 1 ran before).
    private static final List<Map.Entry<String, String>> FORMS = folded(WordLists.SCRIPT_LEGAL_FORMS);
    private static final List<Map.Entry<String, String>> V2_FORMS;

    static {
        List<Map.Entry<String, String>> all = new ArrayList<>(WordLists.SCRIPT_LEGAL_FORMS);
        for (SourcedTable.Row row : SourcedTable.read(ScriptLegalForms.class, "script-legal-forms.tsv", 3,
                "form TAB family TAB source")) {
            all.add(Map.entry(row.fields()[0], row.fields()[1]));
        }
        all.sort((a, b) -> b.getKey().length() - a.getKey().length());
        V2_FORMS = folded(all);
    }

    private static final ScriptLegalForms V2 = new ScriptLegalForms(true);
    private static final NfkcCaseFold FOLD = new NfkcCaseFold();
    /** The forms of {@link #V2_FORMS}, folded, for {@link #isForm}. */
    private static final java.util.Set<String> V2_FORM_WORDS = V2_FORMS.stream().map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final boolean wholeWords;
    private final List<Map.Entry<String, String>> forms;

    /** Whether a word written in a non-Latin script is a legal form of {@code interdict-v2}'s table, as written alone
     *  ("ПАО", "АО", "ООО", "شركة"); case and width folded. */
    public static boolean isForm(String word) {
        return word != null && !word.isEmpty() && V2_FORM_WORDS.contains(FOLD.apply(word, Schema.UNKNOWN));
    }

    /** {@code interdict-v1}'s step: its forms found wherever they stand. */
    public ScriptLegalForms() {
        this(false);
    }

    private ScriptLegalForms(boolean v2) {
        this.wholeWords = v2;
        this.forms = v2 ? V2_FORMS : FORMS;
    }

    /** {@code interdict-v2}'s step. */
    public static ScriptLegalForms v2() {
        return V2;
    }

    private static List<Map.Entry<String, String>> folded(List<Map.Entry<String, String>> forms) {
        NfkcCaseFold fold = new NfkcCaseFold();
        return forms.stream().map(e -> Map.entry(fold.apply(e.getKey(), Schema.UNKNOWN), e.getValue())).toList();
    }

    @Override
    public String apply(String text, Schema schema) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text;
        }
        String s = text;
        for (Map.Entry<String, String> e : forms) {
            String key = e.getKey();
            int at = find(s, key);
            if (at >= 0 && s.length() > key.length()) {
                s = s.substring(0, at) + " " + e.getValue() + " " + s.substring(at + key.length());
            }
        }
        return s;
    }

    /** Where the form stands in the text: anywhere, or (v2, a form in a script that spaces its words) as a word. */
    private int find(String s, String key) {
        if (!wholeWords || !spaced(key)) {
            return s.indexOf(key);
        }
        for (int at = s.indexOf(key); at >= 0; at = s.indexOf(key, at + 1)) {
            int end = at + key.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(s.codePointBefore(at));
            boolean after = end == s.length() || !Character.isLetterOrDigit(s.codePointAt(end));
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a form is written in a script that separates words with spaces (not Han, kana, Hangul, Thai, Myanmar,
     *  Lao or Khmer, whose company names glue their forms on). */
    static boolean spaced(String form) {
        for (int i = 0; i < form.length(); ) {
            int cp = form.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return !(sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL
                    || sc == Character.UnicodeScript.THAI || sc == Character.UnicodeScript.MYANMAR
                    || sc == Character.UnicodeScript.LAO || sc == Character.UnicodeScript.KHMER);
        }
        return false;
    }
}
