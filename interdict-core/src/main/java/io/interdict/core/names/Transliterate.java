package io.interdict.core.names;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step 4: any script to Latin, then to ASCII (ICU4J {@code Russian-Latin/BGN; Any-Latin; Latin-ASCII}:
 * BGN/PCGN for Cyrillic as the US and UK lists romanise it, "я" -> "ya"), Cyrillic,
 * Arabic, Greek, Hangul, Georgian, Armenian, Hebrew, Devanagari... and diacritics ("Erdoğan" ->
 * "erdogan"). Han and Kana runs, written without spaces, become one word each ("支付宝" ->
 * "zhifubao") instead of one word per syllable. The original form is kept by {@link PreparedName}.
 */
public final class Transliterate implements TextStep {
    // ICU transliterators are not documented as thread-safe; one per thread.
    /** The transliteration of non-Latin words ({@link HanLatin}'s table is generated through it). */
    static final String ANY_ASCII_ID = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower";
    /**
     * ICU's transliterators, in a class of their own: a batch whose words the tables read all ({@link LatinFold},
     * {@link ScriptFold}, {@link HanLatin}, {@link KanaFold}, {@link ThaiFold}...) does not even load ICU's
     * {@code Transliterator} class, whose first use builds its registry of transliterators (0.15-0.45 s of CPU in a
     * cold process).
     */
    private static final class Icu {
        static final ThreadLocal<Transliterator> ANY_ASCII =
                ThreadLocal.withInitial(() -> Transliterator.getInstance(ANY_ASCII_ID));
        static final ThreadLocal<Transliterator> LATIN_ASCII =
                ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII; Lower"));
    }

    /** Compiled once: a batch of queries transliterates thousands of names. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    static final java.util.regex.Pattern SYLLABLE_BREAKS = java.util.regex.Pattern.compile("[\\s'\\-]+");

    @Override
    public String apply(String text, Schema schema) {
        return stripMarks(transliterate(text));
    }

    /** Combining marks ICU leaves on letters without a precomposed form ("t̀") are dropped; output is ASCII. */
    static String stripMarks(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        // NFKC again: ICU may emit compatibility forms ("ⁿ") that the first step would have folded.
        String folded = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance().normalize(s);
        String stripped = MARKS.matcher(java.text.Normalizer.normalize(folded, java.text.Normalizer.Form.NFD)).replaceAll("");
        // What ICU could not romanise is dropped: the output is ASCII, so the pipeline is idempotent. A
        // name written only in such characters keeps its original form for exact comparison.
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // The schwa (Azerbaijani Latin "Əliyev", and ICU's reading of Kazakh ә, "Әлихан" -> "əlikhan") has no ASCII
            // letter in ICU's Latin-ASCII and would be dropped ("liyev"); passports and lists write it "a" ("Aliyev",
            // "Alikhan").
            out.append(c < 128 ? c : c == '\u0259' ? 'a' : ' ');
        }
        return out.toString();
    }

    /**
     * Non-Latin words transliterated before, word by word: ICU's rule engine costs 15-70 µs per name
     * (Han most), and names in a stream repeat their words. Bounded: emptied when full.
     */
    private static final int CACHE_LIMIT = 50_000;
    private static final ConcurrentHashMap<String, String> WORDS = new ConcurrentHashMap<>();

    private String transliterate(String text) {
        if (latinOnly(text)) {
            return latin(text);   // ASCII text comes back as it is, unread
        }
        // ICU's rules do not reach across a space: word by word gives the same text, and lets words be reused.
        StringBuilder out = new StringBuilder(text.length() * 2);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = text.length();
            }
            if (start > 0) {
                out.append(' ');
            }
            String w = text.substring(start, end);
            out.append(readsKhmer && hasUnread(w) ? unreadWord(w) : readsKhmer ? joinAyin(word(w)) : word(w));
            start = end + 1;
        }
        return out.toString();
    }

    /** interdict-v2's pipeline: Khmer, Sinhala and Lao, which ICU leaves unread, read by {@link KhmerReading},
     *  {@link SinhalaReading} and {@link LaoReading}, and ayin and hamza inside a
     *  word kept in it ({@link #joinAyin}); interdict-v1's was frozen without either. */
    private final boolean readsKhmer;

    /**
     * A word's reading without the modifier letters ICU writes for ayin (ʿ, U+02BF) and hamza (ʾ, U+02BE) of Arabic and
     * Hebrew: no letters Latin spellings write ("سعيد" is "Said", "Saeed", "Sayed"; "يعقوب" "Yaqoub"), and left in,
     * {@link #stripMarks} would read them as spaces and cut the word in two ("s yd"), whose halves then pair with other
     * names' short words ("عمرو سعيد" ~ "SA-ID", "صفية عيد" ~ "سعيد باهاجى"). An ayin right after the article still parts
     * the two ("العمري", "alʿmry", is "al mry"): the article is no part of the name's consonants, and glued to them it
     * would read as another name's words run together ("almry" ~ "Ali Mire"). The reading that writes ayin as a vowel is
     * {@code ScriptReadings}'.
     */
    static String joinAyin(String read) {
        if (read.indexOf('\u02BF') < 0 && read.indexOf('\u02BE') < 0) {
            return read;
        }
        boolean article = read.startsWith("al\u02BF") || read.startsWith("al\u02BE");
        String rest = (article ? read.substring(3) : read).replace("\u02BF", "").replace("\u02BE", "");
        return article ? "al " + rest : rest;
    }

    /** The standard step: Khmer read by {@link KhmerReading}. */
    public Transliterate() {
        this(true);
    }

    /** @param readsKhmer false: Khmer as interdict-v1 was frozen with it (ICU leaves it, so it is dropped) */
    Transliterate(boolean readsKhmer) {
        this.readsKhmer = readsKhmer;
    }

    /** The scripts ICU leaves unread, each read by a reader of its own: none, Khmer, Sinhala, Lao. */
    private static final int OTHER = 0;
    private static final int KHMER = 1;
    private static final int SINHALA = 2;
    private static final int LAO = 3;

    /** Which unread script the character is in; a zero-width (non-)joiner, which shapes Sinhala's conjuncts, goes with the
     *  run it stands in ({@code prior}). */
    private static int unread(char c, int prior) {
        if (KhmerReading.khmer(c)) {
            return KHMER;
        }
        if (SinhalaReading.sinhala(c)) {
            return SINHALA;
        }
        if (LaoReading.lao(c)) {
            return LAO;
        }
        return (c == '\u200C' || c == '\u200D') && prior == SINHALA ? prior : OTHER;
    }

    private static boolean hasUnread(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (unread(w.charAt(i), OTHER) != OTHER) {
                return true;
            }
        }
        return false;
    }

    /** A word with Khmer, Sinhala or Lao in it: those runs by {@link KhmerReading}, {@link SinhalaReading} and
     *  {@link LaoReading}, apart, the rest as {@link #word} reads it. */
    private static String unreadWord(String w) {
        StringBuilder out = new StringBuilder(w.length() * 2);
        int i = 0;
        while (i < w.length()) {
            int start = i;
            int script = unread(w.charAt(i), OTHER);
            while (i < w.length() && unread(w.charAt(i), script) == script) {
                i++;
            }
            String part = w.substring(start, i);
            out.append(switch (script) {
                case KHMER -> " " + KhmerReading.read(part) + " ";
                case SINHALA -> " " + SinhalaReading.read(part) + " ";
                case LAO -> " " + LaoReading.read(part) + " ";
                default -> joinAyin(word(part));
            });
        }
        return out.toString();
    }

    private static boolean isLatin(Character.UnicodeScript sc) {
        return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.COMMON
                || sc == Character.UnicodeScript.INHERITED;
    }

    /** Whether every letter of the text is Latin, or of the common or inherited scripts (punctuation, digits, marks). */
    private static boolean latinOnly(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 128 && !isLatin(Character.UnicodeScript.of(cp))) {
                return false;
            }
        }
        return true;
    }

    private static String latin(String text) {
        String folded = LatinFold.fold(text);
        return folded != null ? folded : BuilderText.transliterate(Icu.LATIN_ASCII.get(), text);
    }

    private static String word(String w) {
        boolean latinOnly = true;
        boolean unspaced = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 128) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                latinOnly &= isLatin(sc);
                unspaced |= isUnspaced(sc);
            }
        }
        if (latinOnly) {
            return latin(w);
        }
        String known = WORDS.get(w);
        if (known != null) {
            return known;
        }
        String t = unspaced ? unspaced(w) : anyAscii(w);
        if (WORDS.size() >= CACHE_LIMIT) {
            WORDS.clear();
        }
        WORDS.put(w, t);
        return t;
    }

    /** ICU's {@link #ANY_ASCII_ID} of a word: from {@link ScriptFold}'s table when it can tell, else from ICU; without the
     *  separators ICU writes inside a word ({@link #withoutSeparators}). */
    private static String anyAscii(String word) {
        if (latinOnly(word)) {
            return latin(word);   // a part of an unspaced word ("腾讯qq", "支付宝 (alipay)"): no script for Any-Latin to read
        }
        String folded = ScriptFold.fold(word);
        return withoutSeparators(word, folded != null ? folded : BuilderText.transliterate(Icu.ANY_ASCII.get(), word));
    }

    /**
     * ICU's reading of a word without the marks it writes between two letters of one word: BGN/PCGN's middle dot, which
     * parts letters that would otherwise read as a digraph ("Хэ" -> "kh·e", "Смайылов" -> "smay·ylov", "Мэри" ->
     * "m·eri"), and the modifier letter low vertical line Any-Latin leaves after Kazakh қ ("Қасымов" -> "kˌasymov").
     * Both are no letters; left in, {@link #stripMarks} would read them as spaces and split the word ("kh e", "smay
     * ylov"). Lists and passports write such words whole ("He", "Smailov", "Kassymov"). A middle dot the word itself
     * has (a foreign name in Han, parted by one) is kept.
     */
    static String withoutSeparators(String word, String read) {
        if (read.indexOf('\u00B7') < 0 && read.indexOf('\u02CC') < 0 || word.indexOf('\u00B7') >= 0 || word.indexOf('\u02CC') >= 0) {
            return read;
        }
        return read.replace("\u00B7", "").replace("\u02CC", "");
    }

    /** Unspaced runs (Han, Kana, Thai...) alone, without the syllable spaces ICU puts inside them. */
    private static String unspaced(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean run = isUnspaced(Character.UnicodeScript.of(text.codePointAt(i)));
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (isUnspaced(Character.UnicodeScript.of(cp)) != run) {
                    break;
                }
                i += Character.charCount(cp);
            }
            String part = text.substring(start, i);
            if (run) {
                out.append(' ').append(unspacedRun(part)).append(' ');
            } else {
                out.append(anyAscii(part));
            }
        }
        return out.toString();
    }

    /**
     * A run of unspaced scripts without its syllable breaks, as ICU gives it; its Han from {@link HanLatin}'s
     * table (without building ICU's Han-Latin rules), its kana from {@link KanaFold}'s, Thai from {@link ThaiFold}'s,
     * the rest (Lao, Khmer, Myanmar, what the tables cannot tell) from ICU. A run mixing Han and kana ("くみ子")
     * is read in parts where a kana part begins with a full-size letter: ICU reads a kana part by itself
     * then, while an iteration mark ("一ゝ", "丁あゝ"), a long-vowel mark or a small kana reads what precedes it,
     * and such a run goes to ICU whole (a property test compares the parts with ICU's whole run).
     */
    static String unspacedRun(String run) {
        StringBuilder out = new StringBuilder(run.length() * 4);
        int start = 0;
        while (start < run.length()) {
            boolean han = isHan(run.codePointAt(start));
            int end = start;
            while (end < run.length() && isHan(run.codePointAt(end)) == han) {
                end += Character.charCount(run.codePointAt(end));
            }
            String part = run.substring(start, end);
            boolean whole = start == 0 && end == run.length();
            String read = han ? HanLatin.read(part) : whole ? wholeRun(part) : kanaPart(part, start > 0);
            if (read == null) {
                return icuUnspacedRun(run);
            }
            out.append(read);
            start = end;
        }
        return out.toString();
    }

    /** A run without Han: kana from {@link KanaFold}'s table, Thai from {@link ThaiFold}'s; null when neither can tell. */
    private static String wholeRun(String run) {
        String read = KanaFold.fold(run);
        return read != null ? read : ThaiFold.fold(run);
    }

    /** A kana part of a run mixing Han and kana, by ICU alone; null when it must be read with its neighbours
     *  (it holds a mark, or begins with a small kana after Han). */
    private static String kanaPart(String part, boolean afterHan) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!((c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA'))) {
                return null;   // iteration, voicing and long-vowel marks read their neighbours
            }
        }
        if (afterHan && !startsWithFullSizeKana(part)) {
            return null;
        }
        String read = KanaFold.fold(part);
        return read != null ? read : icuUnspacedRun(part);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Full-size hiragana and katakana letters: read the same whatever precedes them. */
    private static boolean startsWithFullSizeKana(String part) {
        char c = part.charAt(0);
        boolean kana = (c >= '\u3041' && c <= '\u3094') || (c >= '\u30A1' && c <= '\u30F4');
        return kana && "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ".indexOf(c) < 0;
    }

    /** {@link #unspacedRun} by ICU alone. */
    static String icuUnspacedRun(String run) {
        return SYLLABLE_BREAKS.matcher(BuilderText.transliterate(Icu.ANY_ASCII.get(), run)).replaceAll("");
    }

    private static boolean isUnspaced(Character.UnicodeScript sc) {
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI
                || sc == Character.UnicodeScript.LAO || sc == Character.UnicodeScript.KHMER
                || sc == Character.UnicodeScript.MYANMAR;
    }
}
