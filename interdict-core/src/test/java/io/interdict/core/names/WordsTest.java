package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"KAVEH CUTTING", "'  a \t b\n'", "one", "''", "'a  '", "' a'", "'a\u000Bb\fc\rd'", "'a\u00A0b'",
            "'\u3000a b\u3000'", "'   '"})
    void piecesAndWordsSplitAsTheRegularExpressionDoes(String raw) {
        String s = raw.translateEscapes();
        assertThat(Words.pieces(s)).containsExactly(s.split("\\s+"));
        assertThat(Words.spaced(s)).containsExactly(s.strip().split("\\s+"));
    }

    @Property(tries = 3000)
    void spacedIsStripThenSplit(@ForAll("texts") String s) {
        assertThat(Words.spaced(s)).containsExactly(s.strip().split("\\s+"));
        assertThat(Words.pieces(s)).containsExactly(s.split("\\s+"));
    }

    @Property(tries = 3000)
    void piecesAtOtherSeparatorsSplitAsTheCharacterClassDoes(@ForAll("texts") String s) {
        String others = "-\u30FB\u00B7=\uFF1D";
        assertThat(Words.pieces(s, others)).containsExactly(s.split("[\\s\\-\\u30FB\\u00B7=\\uFF1D]+"));
        assertThat(Words.pieces(s, "\u00B7\u30FB")).containsExactly(s.split("[\\s\\u00B7\\u30FB]+"));
    }

    @Property(tries = 2000)
    void codePointsAsTheStreamGivesThem(@ForAll("texts") String s) {
        String withSupplementary = s + "\uD840\uDC00" + s + "\uD840";
        assertThat(Words.codePoints(withSupplementary)).containsExactly(withSupplementary.codePoints().toArray());
    }

    @Property(tries = 3000)
    void hanOrHangulAsTheScriptOfAnyCodePoint(@ForAll("texts") String s) {
        boolean expected = s.codePoints().anyMatch(cp -> HangulRomanizer.isSyllable(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        assertThat(Words.hasHanOrHangul(s)).isEqualTo(expected);
    }

    /** Letters of several scripts, Han and Hangul among them, and every kind of space, Unicode ones too. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of(' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u2003', '\u1680'),
                Arbitraries.chars().range('a', 'e'),
                Arbitraries.chars().range('\u4E00', '\u4E10'),
                Arbitraries.chars().range('\uAC00', '\uAC08'),
                Arbitraries.of('\u2E80', '\u3005', '\u3007', '\u3041', '\u30A1', '\u0416', '\uF900', '\uD7A3', '\uD7A4', '-', '=',
                        '\u00B7', '\u30FB', '\uFF1D'));
        return chars.list().ofMaxSize(12).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }
}
