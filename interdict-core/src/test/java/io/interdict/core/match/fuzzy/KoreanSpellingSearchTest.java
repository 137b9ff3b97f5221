package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.HangulRomanizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Korean name in Hangul or Hanja looks up the listed names that write it in North Korea's own system or as South
 * Koreans write theirs in English, among many listed names sharing its family name (own examples).
 */
class KoreanSpellingSearchTest {
    private static final String[] SYLLABLES = {"min", "jae", "ho", "su", "young", "sung", "hyun", "jin", "woo", "joon",
        "seo", "ji", "eun", "hye", "dong", "sang", "chul", "kwang", "jong", "yong", "il", "nam", "tae", "myung", "kyung",
        "hwan", "gil", "chol", "ok", "sun"};

    /** Some 240 listed Kims and Paks, and the names the queries are. */
    private static final FuzzyMatcher MATCHER = matcher();

    private static FuzzyMatcher matcher() {
        List<Entity> listed = new ArrayList<>();
        for (int i = 0; i < SYLLABLES.length; i++) {
            for (int j = i + 1; j < Math.min(SYLLABLES.length, i + 5); j++) {
                listed.add(person("KIM " + SYLLABLES[i] + " " + SYLLABLES[j]));
                listed.add(person("PAK " + SYLLABLES[i] + " " + SYLLABLES[j]));
            }
        }
        listed.add(person("Kim Keon-hee"));
        listed.add(person("Jong Chon PAK"));
        listed.add(person("Koo Bon-moo"));
        return new FuzzyMatcher(listed, MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    private static Entity person(String name) {
        return new Entity("t:" + name, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }

    private static List<String> matched(String query) {
        return MATCHER.search(query, null, 5).stream().filter(SearchHit::match).map(SearchHit::name).toList();
    }

    @Test
    void northKoreasOwnSpellingIsLookedUp() {
        // 정 after 박's voiceless final: McCune-Reischauer "chong", North Korea "jong"
        assertThat(matched("박정천")).contains("Jong Chon PAK");
        assertThat(matched("朴正天")).contains("Jong Chon PAK");
    }

    @Test
    void theEnglishSpellingSouthKoreansWriteIsLookedUp() {
        assertThat(matched("김건희")).contains("Kim Keon-hee");   // 건 "geon" (read "keon"), 희 "hee"
        assertThat(matched("구본무")).contains("Koo Bon-moo");    // ㅜ "oo"
    }

    @Test
    void theSpellingsThemselvesAreNeverScored() {
        // looked up, a listed name is read as it spells the query: a Kim of other given names is no match
        assertThat(matched("김건희")).containsExactly("Kim Keon-hee");
    }

    @Test
    void theSpellings() {
        assertThat(HangulRomanizer.northSyllables("박정천", 1)).containsExactly("pak", "jong", "chon");
        assertThat(HangulRomanizer.northSyllables("정경택", 1)).containsExactly("jong", "kyong", "thaek");
        assertThat(HangulRomanizer.englishSyllables("윤석열")).containsExactly("yoon", "seok", "yeol");
        assertThat(EastAsianReadings.koreanSpellings("김건희")).contains("kim kon hui", "kim geon hee");
        assertThat(EastAsianReadings.koreanSpellings("具本茂")).contains("koo bon moo");   // ㅜ "oo"
        assertThat(EastAsianReadings.koreanSpellings("水彬")).isEmpty();   // two Han characters: Chinese far more often
        assertThat(EastAsianReadings.koreanSpellings("존 카터")).isEmpty();      // a foreign name transcribed
    }
}
