package io.interdict.core.names;

import java.util.Map;

/**
 * Latin letters written in Hangul by their English names, as Korean companies named by an initialism write them: 엘지
 * "LG", 에스케이 "SK", 케이티 "KT", 씨제이 "CJ", 에이치디씨 "HDC" (엘지전자 is LG Electronics).
 *
 * <p>The letters' names, each from a stored public page: librewiki.net, "로마자" (the English names with their Korean
 * spelling: ay 에이, bee 비, cee 시, dee 디, ee 이, ef 에프, gee 지, haitch 에이치, ie 아이, jay 제이, kay 케이, el 엘, em 엠,
 * en 엔, oe 오, pee 피, que 큐, ar "아르", which "most Korean speakers read 알", es 에스); englishsamsam.tistory.com/170
 * ("C 씨", "T 티", "U 유", "Y 와이", Z "제트" as the National Institute of Korean Language's standard);
 * zigbbang.tistory.com/255 ("W 더블유"); v.daum.net/v/20230119142236192 (the National Institute of Korean Language:
 * VR "브이아르" or "브이알", ARS "에이아르에스": V 브이, R 아르 or 알). X is left out: no stored page gave its Hangul name.
 *
 * <p>A run is read only whole and of two letters or more ({@link #initialism}): a Hangul word of one syllable that is a
 * letter's name is a word or a name (이, 지, 오, 유).
 */
public final class HangulLetterNames {
    private HangulLetterNames() {
    }

    /** Each letter's Hangul name(s). */
    private static final Map<String, Character> NAMES = Map.ofEntries(
            Map.entry("에이", 'a'), Map.entry("비", 'b'), Map.entry("시", 'c'), Map.entry("씨", 'c'), Map.entry("디", 'd'),
            Map.entry("이", 'e'), Map.entry("에프", 'f'), Map.entry("지", 'g'), Map.entry("에이치", 'h'), Map.entry("아이", 'i'),
            Map.entry("제이", 'j'), Map.entry("케이", 'k'), Map.entry("엘", 'l'), Map.entry("엠", 'm'), Map.entry("엔", 'n'),
            Map.entry("오", 'o'), Map.entry("피", 'p'), Map.entry("큐", 'q'), Map.entry("아르", 'r'), Map.entry("알", 'r'),
            Map.entry("에스", 's'), Map.entry("티", 't'), Map.entry("유", 'u'), Map.entry("브이", 'v'), Map.entry("더블유", 'w'),
            Map.entry("와이", 'y'), Map.entry("제트", 'z'));
    /** The longest name, in syllables. */
    private static final int LONGEST = 3;
    /** The most letters read: initialisms of company names are short, and a long run of such syllables is a word. */
    private static final int MOST_LETTERS = 4;

    /**
     * The Latin letters a Hangul run spells by their names, read longest name first ("에이치" is h, not a and 치), or null
     * when it is not wholly such names, or spells fewer than two letters or more than {@link #MOST_LETTERS}.
     */
    public static String initialism(String hangul) {
        if (hangul == null || hangul.length() < 2) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        int i = 0;
        while (i < hangul.length()) {
            Character letter = null;
            int len = Math.min(LONGEST, hangul.length() - i);
            while (len >= 1 && (letter = NAMES.get(hangul.substring(i, i + len))) == null) {
                len--;
            }
            if (letter == null || letters.length() == MOST_LETTERS) {
                return null;
            }
            letters.append(letter.charValue());
            i += len;
        }
        return letters.length() >= 2 ? letters.toString() : null;
    }
}
