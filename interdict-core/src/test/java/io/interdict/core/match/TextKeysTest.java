package io.interdict.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The loops that stand for regular expressions on every party's attributes give what the patterns give. */
class TextKeysTest {
    @Property(tries = 3000)
    void countryKeyIsWhatThePatternsGive(@ForAll("countryTexts") String s) {
        assertThat(CountryCodes.key(s)).isEqualTo(CountryCodes.keyByPatterns(s));
    }

    @Test
    void countryNamesWithMarksAndPunctuationFindTheirCode() {
        assertThat(CountryCodes.code("Côte d'Ivoire")).isEqualTo("CI");
        assertThat(CountryCodes.code("  Korea, North ")).isEqualTo("KP");
        assertThat(CountryCodes.code("Türkiye")).isEqualTo("TR");
        assertThat(CountryCodes.code("France")).isEqualTo("FR");
        assertThat(CountryCodes.code("Atlantis")).isNull();
    }

    @Property(tries = 3000)
    void datesParseAsThePatternsDo(@ForAll("isoLike") String v) {
        assertThat(BirthDates.parse(v)).isEqualTo(BirthDates.byPatterns(v.strip()));
    }

    @Test
    void fullIsoDatesGiveOneSpan() {
        assertThat(BirthDates.parse("1972-11-21")).containsExactly(new BirthDates.Span(1972, 1972, 11, 21));
        assertThat(BirthDates.isoDate("1799-01-01")).isNull();
        assertThat(BirthDates.isoDate("2100-01-01")).isNull();
        assertThat(BirthDates.isoDate("1972-11-2x")).isNull();
        assertThat(BirthDates.parse("circa 1972")).containsExactly(new BirthDates.Span(1970, 1974, 0, 0));
    }

    @Provide
    Arbitrary<String> countryTexts() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('a', 'f'), Arbitraries.chars().range('A', 'F'),
                Arbitraries.of(' ', '\'', '(', ')', ',', '-', '.', '\t', '\u00A0', 'é', 'ô', 'ü', 'İ', 'ß', 'Ø', 'ł', '\u0301',
                        '\u0903', '\u20DD', 'Ж', '中', '1'));
        return chars.list().ofMaxSize(14).map(TextKeysTest::join);
    }

    @Provide
    Arbitrary<String> isoLike() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.chars().range('0', '9'), Arbitraries.of('-', 'x', ' ', '/'));
        Arbitrary<String> near = Arbitraries.of("17", "18", "19", "20", "21").flatMap(century ->
                chars.list().ofSize(8).map(l -> century + join(l)));
        Arbitrary<String> dates = Arbitraries.integers().between(1790, 2110).flatMap(y -> Arbitraries.integers().between(0, 19)
                .flatMap(m -> Arbitraries.integers().between(0, 39).map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        return Arbitraries.oneOf(near, dates);
    }

    private static String join(List<Character> l) {
        StringBuilder sb = new StringBuilder();
        l.forEach(sb::append);
        return sb.toString();
    }
}
