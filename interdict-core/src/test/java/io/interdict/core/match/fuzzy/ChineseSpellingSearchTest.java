package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Chinese name in Han finds the listed names that write it as Taiwan (Wade–Giles) and Hong Kong (Cantonese) do: the
 * search also looks up those spellings ({@link EastAsianReadings#chineseSpellings}) and reads the name as each listed
 * name it reaches spells it ({@link FittedReading}). The pinyin reading ("jiang jingguo", "zhang guoqiang") shares no
 * word with them. The spellings looked up are not scored themselves.
 */
class ChineseSpellingSearchTest {
    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(person("x:1", "Chiang Ching-kuo"),
            person("x:2", "Cheung Kwok Keung"), person("x:3", "Chan Chi Wai"), person("x:4", "Hsieh Ming-che"),
            person("x:5", "Tsai Ying Won"), person("x:6", "Zhang Wei"), person("x:7", "Lee Ka-chiu")),
            MatchSettings.DEFAULTS, InterdictV2.NAME);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "蔣經國, x:1",   // Wade-Giles
        "張國強, x:2",   // Cantonese as Hong Kong spells it
        "陳志偉, x:3",
        "謝明哲, x:4",
        "李家超, x:7",
    })
    void aChineseNameFindsItsTaiwanOrHongKongSpelling(String query, String id) {
        FuzzyMatcherTest.assertFoundFirst(matcher, query, id);
    }

    @Test
    void theSpellingLookedUpIsNotScoredItself() {
        // 蔡英文 in Wade-Giles is "tsai ying wen", one letter from x:5's "won", which is no reading of 文
        assertThat(matcher.search("蔡英文", null, 3)).noneMatch(h -> h.entityId().equals("x:5"));
    }

    @Test
    void wadeGilesAndCantoneseSpellingsSyllableBySyllable() {
        assertThat(EastAsianReadings.chineseSpellings("蔣經國")).containsExactly("chiang ching kuo", "cheung king kwok");
        assertThat(EastAsianReadings.chineseSpellings("陳志偉")).containsExactly("chen chih wei", "chan chi wai");
        // a family name read otherwise as a surname: in pinyin with that reading too (曾 customarily "ceng")
        assertThat(EastAsianReadings.chineseSpellings("曾庆红")).containsExactly("tseng ching hung", "chang hing hung", "zeng qing hong");
        assertThat(EastAsianReadings.chineseSpellings("王曾")).hasSize(2);   // 曾 in a given name: no such spelling
        assertThat(EastAsianReadings.chineseSpellings("김정은")).isEmpty();        // Hangul
        assertThat(EastAsianReadings.chineseSpellings("腾讯控股有限公司")).isEmpty();   // a company's name
        assertThat(EastAsianReadings.chineseSpellings("张")).isEmpty();           // one character: no name to read
    }
}
