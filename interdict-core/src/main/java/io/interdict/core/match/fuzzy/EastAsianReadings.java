package io.interdict.core.match.fuzzy;

import io.interdict.core.names.HanReadings;
import io.interdict.core.names.HangulRomanizer;
import io.interdict.core.names.LoanwordReading;
import io.interdict.core.names.Rendaku;
import io.interdict.core.names.WadeGilesReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Latin readings of a name written in Hangul, Han or katakana ({@code interdict-v2}), for {@link ScriptReadings}.
 * The pipeline romanises one way (Hangul in the Revised Romanization run together, Han in Mandarin); names are written
 * in several:
 * <ul>
 *   <li>Hangul: Revised Romanization, McCune-Reischauer (as North Korean names are written), and as names are mostly
 *   registered, family name (the first syllable of a name of two to four) apart from the given name: 김정은 -> "gim
 *   jeongeun", "kim jongun"; 김동철 -> "kim tongchol";</li>
 *   <li>Han: Mandarin ("zhang lei"), Korean through the Hangul reading (金正恩 -> 김정은 -> as above) and Japanese
 *   (family name of two characters in kun readings, given name in on readings: 山田太郎 -> "yamata taro"), each from
 *   {@link HanReadings} (Unihan); a Japanese name also cut into family and given name and read as Japanese names read
 *   each kanji at its place ({@link io.interdict.core.names.JapaneseNameSplit}: 小泉純一郎 -> "koizumi junichiro");</li>
 *   <li>a Japanese name in kanji and kana ("山田 さくら"), in Japanese alone ({@link
 *   io.interdict.core.names.JapaneseNameSplit#withKana}: "yamada sakura");</li>
 *   <li>a foreign name transcribed in katakana, Han or Hangul, as a loanword ({@link LoanwordReading});</li>
 *   <li>an organisation's name in Han or Hangul, also as Korean and Japanese companies write theirs
 *   ({@link #organisationReadings}).</li>
 * </ul>
 * Each reading is another spelling of the name, scored like a '/' alternative.
 */
public final class EastAsianReadings {
    /** A personal name in Han or Hangul has two to five characters (a family name of one or two). */
    static final int MAX_NAME_CHARACTERS = 5;

    /** Mandarin / Revised, McCune-Reischauer, Korean Revised from Han, Japanese, popular Korean, Japanese with
     *  rendaku. */
    private static final int SYSTEMS = 6;

    private static final int POPULAR_KOREAN = 4;

    private static final int JAPANESE_RENDAKU = 5;

    private EastAsianReadings() {
    }

    /**
     * A person's name written in Han read in Mandarin, then in Wade-Giles ({@link WadeGilesReading}): "蔡英文" is "cai
     * yingwen" and "tsai ying-wen", as Taiwan, Hong Kong and older sources write such names ("Tsai Ing-wen", "Chiang
     * Ching-kuo"). Null when the name is not wholly Han in two or three words of one or two characters, is a foreign
     * name transcribed in Han ("贝拉克·奥巴马"), or reads the same.
     */
    static String hanWadeGiles(String name) {
        String mandarin = hanMandarin(name);
        return mandarin == null ? null : WadeGilesReading.reading(mandarin);
    }

    /** A person's name written in Han, two or three words of one or two characters, in Mandarin ("陈伟" -> "chen wei");
     *  null for any other name, and for a foreign name transcribed in Han. */
    static String hanMandarin(String name) {
        if (name == null || !CrossScript.han(name) || io.interdict.core.names.LoanwordSpelling.hanTranscription(name)) {
            return null;
        }
        StringBuilder mandarin = new StringBuilder();
        for (String w : io.interdict.core.names.Words.spaced(name)) {
            if (w.codePointCount(0, w.length()) > MAX_NAME_CHARACTERS) {
                return null;
            }
            for (int i = 0; i < w.length(); i += Character.charCount(w.codePointAt(i))) {
                if (HanReadings.of(w.codePointAt(i)) == null) {
                    return null;
                }
            }
            String r = word(w, 0);
            if (r == null) {
                return null;
            }
            mandarin.append(mandarin.length() == 0 ? "" : " ").append(r);
        }
        return io.interdict.core.names.WadeGilesReading.pinyin(mandarin.toString()) ? mandarin.toString() : null;
    }

    /** Words in Han in their first on readings, each one word, long vowels as names write them ("水産" -> "suisan",
     *  "商事" -> "shoji"), or null when one has none (kana, Hangul, a character Unihan gives no on reading). */
    static String onReading(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() == 0 ? "" : " ");
            for (int i = 0; i < w.length(); i += Character.charCount(w.codePointAt(i))) {
                HanReadings.Reading r = HanReadings.of(w.codePointAt(i));
                if (r == null || r.on().length == 0) {
                    return null;
                }
                sb.append(r.on()[0]);
            }
        }
        return sb.toString().replace("ou", "o").replace("uu", "u");
    }

    /**
     * An organisation's name written wholly in Han characters, one word of two to four, also in the readings of the
     * countries that write company names in Han besides China: in Korean (Revised and as companies write it, eo as u:
     * 三星 "samseong", "samsung"; 斗山 "dusan" ~ "Doosan"; 東亞日報 "donga ilbo") and in Japanese ({@link #japaneseCompany}:
     * 丸紅 "marubeni"). One in Hangul is also read as a loanword ({@link io.interdict.core.names.LoanwordReading#hangulOrganisation}:
     * 셀트리온 ~ "Celltrion"). A person's name gets a fixed Korean reading only with three characters ({@link #word}), since two are a
     * Chinese name far more often (FittedReading still fits two when the Latin name spells their Korean reading); a
     * company has no such shape, and it is compared as a company only. Empty for any other name.
     */
    public static List<String> organisationReadings(String name) {
        if (!hasHanOrHangul(name)) {
            return List.of();   // most organisations' names: no split, no lookups, at every index build
        }
        String loanword = io.interdict.core.names.LoanwordReading.hangulOrganisation(name);
        if (loanword != null) {
            return List.of(loanword);
        }
        String w = name.strip();
        int n = w.codePointCount(0, w.length());
        if (n < 2 || n > 4 || w.codePoints().anyMatch(cp -> HanReadings.of(cp) == null)) {
            return List.of();
        }
        int[] cps = io.interdict.core.names.Words.codePoints(w);
        Set<String> out = new LinkedHashSet<>();
        for (boolean popular : new boolean[] {false, true}) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < cps.length; k++) {
                HanReadings.Reading r = HanReadings.of(cps[k]);
                if (r.hangul() == null) {
                    sb = null;
                    break;
                }
                int cp = k == 0 ? r.hangul().codePointAt(0) : HanReadings.hangulInside(cps[k]);
                boolean afterVoiced = k > 0 && voiced(cps[k - 1]);
                sb.append(popular ? HangulRomanizer.popularSyllable(cp, afterVoiced) : HangulRomanizer.syllable(cp, false, afterVoiced));
                if (n == 4 && k == 1) {
                    sb.append(' ');   // a name of four is mostly two words of two (東亞 日報)
                }
            }
            if (sb != null) {
                out.add(sb.toString());
            }
        }
        out.addAll(japaneseCompany(w));
        return List.copyOf(out);
    }

    /**
     * The own part of a Japanese company name in Han characters (one to four), read as one word the ways such names
     * are: all in kun readings, as the family and place names companies are named after are (三菱 "mitsuhishi" and,
     * with the second kanji voiced, "mitsubishi"; 川崎 "kawasaki"), or all in on readings (本田 "honda", 東芝 "toshiba";
     * a person's given name is read so too, {@link #japanese}); a name of two also in the mixed readings, on then kun and
     * kun then on (東芝 "toshiba"). Long vowels as names write them ("ou" as "o").
     */
    static List<String> japaneseCompany(String proper) {
        int[] cps = io.interdict.core.names.Words.codePoints(proper);
        if (cps.length == 0 || cps.length > 4 || java.util.Arrays.stream(cps).anyMatch(cp -> HanReadings.of(cp) == null)) {
            return List.of();
        }
        StringBuilder kun = new StringBuilder();
        StringBuilder voiced = new StringBuilder();
        StringBuilder on = new StringBuilder();
        for (int k = 0; k < cps.length; k++) {
            HanReadings.Reading r = HanReadings.of(cps[k]);
            String[] ku = r.kun().length > 0 ? r.kun() : r.on();
            String[] o = r.on().length > 0 ? r.on() : r.kun();
            if (ku.length == 0) {
                return List.of();
            }
            kun.append(ku[0]);
            voiced.append(k == 1 ? Rendaku.voice(ku[0]) : ku[0]);
            on.append(o[0]);
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(List.of(kun.toString(), voiced.toString(), on.toString()));
        if (cps.length == 2) {
            // A name of two kanji may also mix the two kinds of reading, on then kun (jūbako-yomi, the second kun
            // voiced as in 重箱 "jūbako": 東芝 "toshiba") or kun then on (yutō-yomi: 湯桶 "yutō"): the minority of
            // two-kanji words, after all-on and all-kun (j-compass.com, "Jūbako and yutō readings: the four on/kun
            // patterns in two-kanji compounds"; sljfaq.org, sci.lang.japan FAQ 1.2.8).
            HanReadings.Reading r0 = HanReadings.of(cps[0]);
            HanReadings.Reading r1 = HanReadings.of(cps[1]);
            if (r0.on().length > 0 && r1.kun().length > 0) {
                all.add(r0.on()[0] + r1.kun()[0]);
                all.add(r0.on()[0] + Rendaku.voice(r1.kun()[0]));
            }
            if (r0.kun().length > 0 && r1.on().length > 0) {
                all.add(r0.kun()[0] + r1.on()[0]);
            }
        }
        for (String b : all) {
            out.add(b.replace("ou", "o").replace("uu", "u"));
        }
        return List.copyOf(out);
    }

    /** The readings of a name in Hangul, Han or katakana (the loanword readings of a katakana name); empty for any other. */
    static List<String> eastAsianReadings(String name) {
        List<String> katakana = LoanwordReading.katakana(name);
        if (!katakana.isEmpty()) {
            return withKnownNames(name, katakana);
        }
        if (!hasHanOrHangul(name)) {
            return List.of();
        }
        String transcribed = LoanwordReading.han(name);
        if (transcribed != null) {
            // a foreign name in Han, parted by a middle dot: read as a loanword alone
            return withKnownNames(name, List.of(transcribed));
        }
        // Company names are not read this way: a legal form (株式会社, 有限公司, 주식회사) or a run of more
        // than five characters marks one; their pipeline transliteration stands.
        if (holdsScriptLegalForm(name)) {
            return List.of();
        }
        // A name in kanji and kana is Japanese, kana being Japanese's alone ("山田 さくら"): read in Japanese only
        // (JapaneseNameSplit.withKana), not in Mandarin nor Korean.
        if (CrossScript.kana(name)) {
            List<String> japanese = io.interdict.core.names.JapaneseNameSplit.withKana(name);
            if (!japanese.isEmpty()) {
                return japanese;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int system = 0; system < SYSTEMS; system++) {
            StringBuilder sb = new StringBuilder();
            boolean ok = true;
            for (String word : io.interdict.core.names.Words.spaced(name)) {
                if (word.codePointCount(0, word.length()) > MAX_NAME_CHARACTERS) {
                    return List.of();
                }
                String r = word(word, system);
                if (r == null) {
                    ok = false;
                    break;
                }
                sb.append(sb.length() == 0 ? "" : " ").append(r);
            }
            if (ok && sb.length() > 0) {
                out.add(sb.toString());
            }
        }
        // A Japanese name in kanji, cut into family and given name and read as Japanese names mostly are ("小泉純一郎"
        // "koizumi junichiro"; JapaneseNameSplit): the readings above read a family name in its kanji's first kun
        // readings, which few names have.
        out.addAll(io.interdict.core.names.JapaneseNameSplit.readings(name));
        String loanword = LoanwordReading.hangul(name);
        if (loanword != null) {
            out.add(loanword);
            out.addAll(io.interdict.core.names.LoanwordNames.readings(name));
        }
        return List.copyOf(out);
    }

    /**
     * A Chinese name in Han as Taiwan and Hong Kong write names in Latin letters, for the search only: each character's
     * first Mandarin reading in Wade–Giles ({@link io.interdict.core.names.WadeGiles}: 蔡英文 "tsai ying wen", written
     * "Tsai Ing-wen") and its first Cantonese reading as Hong Kong spells it ({@link
     * io.interdict.core.names.CantoneseSpelling#usual}: 陳志偉 "chan chi wai"), every syllable a word of its own, so that
     * a listed name writing the given name's syllables apart, hyphened or glued shares a word with it. A search reaches
     * the listed names these share words with, and reads the name as each of them spells it ({@link FittedReading}); the
     * spellings themselves are never scored: Hong Kong's and Wade–Giles's syllables are McCune–Reischauer's too ("chung
     * man pok"). Names of two to four characters a word, every one with both readings; none for a name in Hangul, a
     * company's, or a foreign name transcribed. A name whose family name is read otherwise as a surname than its
     * character customarily is ({@link io.interdict.core.names.HanSurnames}) is also spelt in pinyin with it: 曾庆红
     * "zeng qing hong".
     */
    static List<String> chineseSpellings(String name) {
        if (name == null || !hasHanOrHangul(name) || LoanwordReading.han(name) != null) {
            return List.of();
        }
        if (holdsScriptLegalForm(name)) {
            return List.of();
        }
        StringBuilder wg = new StringBuilder();
        StringBuilder hk = new StringBuilder();
        // the name in pinyin with its family name in the reading it takes as a surname, where that is not its customary
        // one (曾庆红 "zeng qing hong", read "ceng qing hong" otherwise: io.interdict.core.names.HanSurnames)
        StringBuilder surnamed = null;
        for (String word : io.interdict.core.names.Words.spaced(name)) {
            int[] cps = io.interdict.core.names.Words.codePoints(word);
            if (cps.length < 2 || cps.length > 4) {
                return List.of();
            }
            for (int cp : cps) {
                HanReadings.Reading r = HanReadings.of(cp);
                String[] cantonese = HanReadings.cantonese(cp);
                String spelt = cantonese.length == 0 ? null : io.interdict.core.names.CantoneseSpelling.usual(cantonese[0]);
                if (r == null || r.mandarin().length == 0 || spelt == null) {
                    return List.of();
                }
                String w = io.interdict.core.names.WadeGiles.of(r.mandarin()[0]);
                // a syllable of one letter (易 "i") stays with the one before it: a word of one letter is an initial
                wg.append(wg.length() == 0 || w.length() == 1 ? "" : " ").append(w);
                hk.append(hk.length() == 0 ? "" : " ").append(spelt);
                String surname = wg.length() == w.length() ? io.interdict.core.names.HanSurnames.reading(cp) : null;
                if (surname != null) {
                    surnamed = new StringBuilder(surname);
                } else if (surnamed != null) {
                    String py = r.mandarin()[0].replace('v', 'u');
                    surnamed.append(py.length() == 1 ? "" : " ").append(py);
                }
            }
        }
        List<String> out = new java.util.ArrayList<>(3);
        out.add(wg.toString());
        if (!hk.toString().equals(wg.toString())) {
            out.add(hk.toString());
        }
        if (surnamed != null) {
            out.add(surnamed.toString());
        }
        return out;
    }

    /**
     * A Korean person's name in Hangul, or in Hanja of three characters, as North Korea's own system writes it
     * ({@link HangulRomanizer#northSyllables}: "박정천" pak jong chon, the UK list's "Jong Chon PAK") and as South Koreans
     * often write theirs in English ({@link HangulRomanizer#englishSyllable}: "김건희" kim geon hee, "尹錫悅" yoon seok
     * yeol, "구본무" koo bon moo), every syllable a word of its own, for the search only: the listed names these share a word
     * with are read as each of them spells the name ({@link FittedReading}); the spellings are never scored. Empty for any
     * other name (a company's, a foreign name transcribed, one of more than three words).
     */
    static List<String> koreanSpellings(String name) {
        if (name == null || !hasHanOrHangul(name) || io.interdict.core.names.LoanwordSpelling.words(name) != null) {
            return List.of();
        }
        if (holdsScriptLegalForm(name)) {
            return List.of();
        }
        String[] words = io.interdict.core.names.Words.spaced(name);
        if (words.length > 3) {
            return List.of();
        }
        int total = 0;
        String[] hangul = new String[words.length];
        for (int w = 0; w < words.length; w++) {
            int[] cps = io.interdict.core.names.Words.codePoints(words[w]);
            total += cps.length;
            StringBuilder h = new StringBuilder();
            for (int k = 0; k < cps.length; k++) {
                if (HangulRomanizer.isSyllable(cps[k])) {
                    h.appendCodePoint(cps[k]);
                    continue;
                }
                HanReadings.Reading r = HanReadings.of(cps[k]);
                if (r == null || r.hangul() == null) {
                    return List.of();
                }
                h.appendCodePoint(k == 0 ? r.hangul().codePointAt(0) : HanReadings.hangulInside(cps[k]));
            }
            hangul[w] = h.toString();
        }
        // Hanja names of three characters only, as the fixed readings read them (word): two are Chinese far more often,
        // and looked up in Korean they meet Chinese names spelt alike ("水彬" su bin ~ "Su Bin"); Hangul names of two
        // syllables or more.
        if (CrossScript.han(name) && total != 3 || total < 2 || total > 8) {
            return List.of();
        }
        StringBuilder north = new StringBuilder();
        StringBuilder english = new StringBuilder();
        for (String h : hangul) {
            int[] cps = io.interdict.core.names.Words.codePoints(h);
            String[] n = HangulRomanizer.northSyllables(h, hangul.length == 1 ? givenStart(cps) : 0);
            String[] e = HangulRomanizer.englishSyllables(h);
            if (n == null || e == null) {
                return List.of();
            }
            if (english.length() == 0 && e.length >= 1 && (hangul.length > 1 || e.length >= 2)) {
                // the family names South Koreans write otherwise than any system ("Lee", "Oh"), as the popular reading does
                e[0] = e[0].equals("i") ? "lee" : e[0].equals("o") ? "oh" : e[0];
            }
            north.append(north.length() == 0 ? "" : " ").append(String.join(" ", n));
            english.append(english.length() == 0 ? "" : " ").append(String.join(" ", e));
        }
        return north.toString().equals(english.toString()) ? List.of(north.toString())
                : List.of(north.toString(), english.toString());
    }

    /** Whether a name holds a legal form written in its own script (株式会社, 有限公司, 주식회사): a company's, which the
     *  readings of persons' names leave to the pipeline's transliteration. */
    private static boolean holdsScriptLegalForm(String name) {
        for (var form : io.interdict.core.names.WordLists.SCRIPT_LEGAL_FORMS) {
            if (name.contains(form.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** A transcribed foreign name's loanword readings, then those with its known words in their Latin spellings
     *  ({@link io.interdict.core.names.LoanwordNames}: "ジョージ" george, "约翰" john). */
    private static List<String> withKnownNames(String name, List<String> loanword) {
        List<String> known = io.interdict.core.names.LoanwordNames.readings(name);
        if (known.isEmpty()) {
            return loanword;
        }
        Set<String> out = new LinkedHashSet<>(loanword);
        out.addAll(known);
        return List.copyOf(out);
    }

    private static boolean hasHanOrHangul(String s) {
        return io.interdict.core.names.Words.hasHanOrHangul(s);
    }

    /**
     * One word in system 0 (Mandarin / Revised), 1 (Korean McCune-Reischauer, a name's as
     * {@link HangulRomanizer#personalSyllables} writes it), 2 (Korean Revised from Han), 3 (Japanese), 4 (Korean as names are
     * mostly registered: {@link HangulRomanizer#popularSyllable}). Words of other scripts are kept as they are; null when
     * the system does not apply.
     */
    private static String word(String w, int system) {
        int[] cps = io.interdict.core.names.Words.codePoints(w);
        boolean hangul = cps.length > 0;
        boolean han = cps.length > 0;
        boolean any = false;
        for (int cp : cps) {   // loops, not streams: this runs for every word of every query
            boolean syllable = HangulRomanizer.isSyllable(cp);
            boolean read = HanReadings.of(cp) != null;
            hangul &= syllable;
            han &= read;
            any |= syllable || read;
        }
        if (!hangul && !han) {
            return any ? null : w;
        }
        String[] syl;
        if (hangul) {
            if (system == 2 || system == 3 || system == JAPANESE_RENDAKU) {
                return null;
            }
            syl = system == POPULAR_KOREAN ? HangulRomanizer.popularSyllables(w)
                    : system == 1 ? HangulRomanizer.personalSyllables(w, givenStart(cps))
                    : HangulRomanizer.syllables(w, false);
        } else if (system == 3 || system == JAPANESE_RENDAKU) {
            return japanese(cps, system == JAPANESE_RENDAKU);
        } else if (system > 0 && cps.length != 3) {
            return null;   // Korean names written in Hanja have three characters; two are Chinese (or Japanese) far more often
        } else {
            syl = new String[cps.length];
            for (int k = 0; k < cps.length; k++) {
                HanReadings.Reading r = HanReadings.of(cps[k]);
                if (system == 0) {
                    if (r.mandarin().length == 0) {
                        return null;
                    }
                    syl[k] = r.mandarin()[0];
                } else {
                    if (r.hangul() == null) {
                        return null;
                    }
                    int cp = k == 0 ? r.hangul().codePointAt(0) : HanReadings.hangulInside(cps[k]);
                    boolean afterVoiced = k > 0 && voiced(cps[k - 1]);
                    syl[k] = system == POPULAR_KOREAN ? HangulRomanizer.popularSyllable(cp, afterVoiced)
                            : system == 1 ? HangulRomanizer.personalSyllable(cp, afterVoiced, k == 1)
                            : HangulRomanizer.syllable(cp, false, afterVoiced);
                }
            }
        }
        if (system == POPULAR_KOREAN && syl.length >= 2 && syl[0].equals("i")) {
            syl[0] = "yi";   // the family name 이 as a word, which NameVariants pairs with "lee" and "rhee"
        } else if (system == POPULAR_KOREAN && syl.length >= 3 && syl[0].equals("o")) {
            syl[0] = "oh";   // the family name 오 as South Koreans write it ("Oh Se-hoon"), apart from the given name
        }
        return split(syl, cps, system == 1);
    }

    /** The syllable a name of two to four syllables has its given name begin at (after a family name of one or two:
     *  {@link #compoundFamily}); for any other word its length (no given name apart). */
    private static int givenStart(int[] cps) {
        return cps.length < 2 || cps.length > 4 ? cps.length : compoundFamily(cps) ? 2 : 1;
    }

    /**
     * The two-syllable family names of Korea, in Hangul and Hanja (Wikipedia, "Korean name": "around a dozen two-syllable
     * surnames", Hwangbo 황보 皇甫, Seon-u 선우 鮮于, Jegal 제갈 諸葛, Seomun 서문 西門, Dokgo 독고 獨孤, Sagong 사공 司空, Namgung
     * 남궁 南宮); the Hanja are the Chinese compound surnames too (Huangfu, Xianyu, Zhuge, Ximen, Dugu, Sikong, Nangong).
     */
    private static final java.util.Set<String> COMPOUND_FAMILY_NAMES = java.util.Set.of("황보", "선우", "제갈", "서문",
            "독고", "사공", "남궁", "皇甫", "鮮于", "諸葛", "西門", "獨孤", "司空", "南宮");

    /** Whether a name of four characters begins with a family name of two ({@link #COMPOUND_FAMILY_NAMES}): 남궁민수 is
     *  Namgung Min-su (a given name of three syllables is rare; in a name of three, 선우진 may as well be Seon Woo-jin). */
    private static boolean compoundFamily(int[] cps) {
        return cps.length == 4 && COMPOUND_FAMILY_NAMES.contains(new String(cps, 0, 2));
    }

    private static boolean voiced(int hanCp) {
        HanReadings.Reading r = HanReadings.of(hanCp);
        if (r == null || r.hangul() == null) {
            return false;
        }
        String s = HangulRomanizer.syllable(r.hangul().codePointAt(0), false, false);
        return !s.endsWith("k") && !s.endsWith("t") && !s.endsWith("p");
    }

    /** A name of two to four syllables: the family name (first syllable, or two of four: {@link #compoundFamily}) apart
     *  from the given name, unless it is a lone letter (오 "o" is romanised Oh, 이 "i" Lee or Yi: a lone letter would
     *  count as an initial). McCune-Reischauer ({@code mr}) writes it apart all the same: "O Kuk Ryol", as three
     *  sanctions lists write 오극렬. */
    private static String split(String[] syl, int[] cps, boolean mr) {
        if (compoundFamily(cps) && syl.length == 4) {
            return syl[0] + syl[1] + " " + syl[2] + syl[3];
        }
        if (syl.length >= 2 && syl.length <= 4 && (syl[0].length() > 1 || mr)) {
            return syl[0] + " " + String.join("", java.util.Arrays.copyOfRange(syl, 1, syl.length));
        }
        return String.join("", syl);
    }

    /** Japanese: a family name of two kanji in kun readings, the rest in on readings ("yamata taro"); names of
     *  four or five kanji (three are mostly Chinese or Korean names). With {@code rendaku}, the family name's
     *  second kanji voiced as in a compound ({@link Rendaku}: 山田 "yamada", 中島 "nakajima"). */
    private static String japanese(int[] cps, boolean rendaku) {
        if (cps.length < 4 || cps.length > 5) {
            return null;
        }
        StringBuilder family = new StringBuilder();
        StringBuilder given = new StringBuilder();
        for (int k = 0; k < cps.length; k++) {
            HanReadings.Reading r = HanReadings.of(cps[k]);
            String[] first = k < 2 ? r.kun() : r.on();
            String[] second = k < 2 ? r.on() : r.kun();
            String[] use = first.length > 0 ? first : second;
            if (use.length == 0) {
                return null;
            }
            (k < 2 ? family : given).append(rendaku && k == 1 && first.length > 0 ? Rendaku.voice(use[0]) : use[0]);
        }
        // Long vowels as names are written in Latin (Hepburn without macrons): "tarou" -> "taro", "yuuki" -> "yuki".
        return (family + " " + given).replace("ou", "o").replace("uu", "u");
    }
}
