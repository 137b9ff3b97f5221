package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The Latin part of a word written mostly in an unspaced script ("腾讯QQ", "支付宝(Alipay)") is read as a Latin word is,
 * without ICU's Any-Latin: ICU's full reading and its Latin-ASCII alone agree on text with no letter of another script.
 */
class UnspacedWordPartsTest {
    private static final Transliterator ANY = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);
    private static final Transliterator LATIN = Transliterator.getInstance("Latin-ASCII; Lower");
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    @Property(tries = 3000)
    void anyLatinLeavesTextOfLatinAndCommonLettersToLatinAscii(@ForAll("latinOrCommon") String text) {
        String folded = FOLD.normalize(text);   // the pipeline folds before it transliterates
        Assume.that(folded.codePoints().allMatch(UnspacedWordPartsTest::latinOrCommon));   // "µ" folds to Greek "μ"
        assertThat(ANY.transliterate(folded)).as(folded).isEqualTo(LATIN.transliterate(folded));
    }

    @Test
    void latinPartsOfHanWordsReadAsIcuReadsThem() {
        for (String word : new String[] {"腾讯qq", "支付宝(alipay)", "微信pay", "カメラ・スキャナー", "华为™", "ｑｑ音乐"}) {
            String folded = FOLD.normalize(word);
            StringBuilder icu = new StringBuilder();
            // ICU's reading of the word as Transliterate reads it: each run of Han or kana apart, its syllables joined.
            int i = 0;
            while (i < folded.length()) {
                int start = i;
                boolean han = unspaced(folded.codePointAt(i));
                while (i < folded.length() && unspaced(folded.codePointAt(i)) == han) {
                    i += Character.charCount(folded.codePointAt(i));
                }
                String part = folded.substring(start, i);
                icu.append(han ? " " + Transliterate.icuUnspacedRun(part) + " " : ANY.transliterate(part));
            }
            assertThat(new Transliterate().apply(folded, Schema.UNKNOWN)).as(word)
                    .isEqualTo(Transliterate.stripMarks(icu.toString()));
        }
    }

    private static boolean latinOrCommon(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    @Provide
    Arbitrary<String> latinOrCommon() {
        Arbitrary<Character> any = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'), Arbitraries.chars().range('\u00A0', '\u024F'),
                Arbitraries.chars().range('\u0300', '\u036F'), Arbitraries.chars().range('\u1E00', '\u1EFF'),
                Arbitraries.chars().range('\u2000', '\u206F'), Arbitraries.chars().range('\u2100', '\u214F'),
                Arbitraries.chars().range('\u3000', '\u303F'), Arbitraries.chars().range('\uFF01', '\uFF65'),
                Arbitraries.of('\u30FB', '\u30FC', '\uFFFD'))
                .filter(c -> latinOrCommon(c));
        return any.list().ofMinSize(1).ofMaxSize(8).map(cs -> {
            StringBuilder sb = new StringBuilder();
            cs.forEach(sb::append);
            return sb.toString();
        });
    }
}
