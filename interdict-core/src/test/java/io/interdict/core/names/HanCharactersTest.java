package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Names in Han characters compared by their characters, each character in any of its forms (han-variants.tsv). */
class HanCharactersTest {
    @Test
    void aCharacterInAnotherFormIsTheSameCharacter() {
        assertThat(HanCharacters.group('張')).isEqualTo(HanCharacters.group('张'));   // traditional, simplified
        assertThat(HanCharacters.group('偉')).isEqualTo(HanCharacters.group('伟'));
        // a Japanese older form (KANJIDIC2), the standard form and the Chinese simplified one are one group
        assertThat(HanCharacters.group('澤')).isEqualTo(HanCharacters.group('沢')).isEqualTo(HanCharacters.group('泽'));
        // characters of one reading are not
        assertThat(HanCharacters.group('伟')).isNotEqualTo(HanCharacters.group('微'));
        assertThat(HanCharacters.group('郎')).isNotEqualTo(HanCharacters.group('朗'));
        assertThat(HanCharacters.group('A')).isEqualTo('A');
    }

    @Test
    void theShareOfTheShorterNamesCharactersTheOtherWritesToo() {
        assertThat(HanCharacters.shared("张伟", "張偉")).isEqualTo(1.0);
        assertThat(HanCharacters.shared("张伟", "张卫")).isEqualTo(0.5);
        assertThat(HanCharacters.shared("辛伟", "微信")).isEqualTo(0.0);
        assertThat(HanCharacters.shared("支付宝", "支付宝网络技术有限公司")).isEqualTo(1.0);
        assertThat(HanCharacters.shared("支付宝网络技术有限公司", "支付宝")).isEqualTo(1.0);
        // a character counts as often as it is written: "丽丽" writes 丽 twice, "李丽" once
        assertThat(HanCharacters.shared("丽丽", "李丽")).isEqualTo(0.5);
        assertThat(HanCharacters.shared("张 伟", "张伟")).isEqualTo(1.0);
        assertThat(HanCharacters.shared("张伟", "Zhang Wei")).isEqualTo(1.0);   // no character on one side: nothing to say
    }

    @Test
    void aNameIsWhollyHanWhenEveryLetterIs() {
        assertThat(HanCharacters.whollyHan("张伟")).isTrue();
        assertThat(HanCharacters.whollyHan("张 伟")).isTrue();
        assertThat(HanCharacters.whollyHan("微信·支付 2")).isTrue();
        assertThat(HanCharacters.whollyHan("QQ钱包")).isFalse();
        assertThat(HanCharacters.whollyHan("やまだ 太郎")).isFalse();
        assertThat(HanCharacters.whollyHan("김정은")).isFalse();
        assertThat(HanCharacters.whollyHan("123")).isFalse();
        assertThat(HanCharacters.whollyHan(null)).isFalse();
    }

    @Test
    void everyCharacterOfTheTableStandsForTheLowestOfItsGroup() {
        // as scripts/gen-unihan-variants writes it: a group is written by its lowest code point, which stands for itself
        Map<Integer, Integer> seen = new java.util.HashMap<>();
        for (String line : tableLines()) {
            int c = line.codePointAt(0);
            int g = HanCharacters.group(c);
            assertThat(g).as(line).isLessThan(c);
            assertThat(HanCharacters.group(g)).as(line).isEqualTo(g);
            seen.merge(g, 1, Integer::sum);
        }
        assertThat(seen).hasSizeGreaterThan(5_000);
    }

    private static java.util.List<String> tableLines() {
        try (java.io.InputStream in = HanCharacters.class.getResourceAsStream("han-variants.tsv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void theShareIsSymmetricAndOneForANameAgainstItsOwnForms(@ForAll @StringLength(min = 1, max = 6) String picks) {
        String alphabet = "张張伟偉卫微信辛李丽澤沢泽郎朗黒";
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < picks.length(); i++) {
            int k = Math.floorMod(picks.charAt(i), alphabet.length());
            a.append(alphabet.charAt(k));
            b.append(alphabet.charAt(Math.floorMod(picks.charAt(i) * 7 + 3, alphabet.length())));
        }
        double ab = HanCharacters.shared(a.toString(), b.toString());
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(HanCharacters.shared(b.toString(), a.toString()));
        // each character written in another of its forms: the same characters
        StringBuilder forms = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            forms.appendCodePoint(HanCharacters.group(a.charAt(i)));
        }
        assertThat(HanCharacters.shared(a.toString(), forms.toString())).isEqualTo(1.0);
    }
}
