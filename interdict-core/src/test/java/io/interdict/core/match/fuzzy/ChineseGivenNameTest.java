package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A syllable of a Chinese given name only one side has is another given name (own examples). */
class ChineseGivenNameTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "Wang Jian-guo, Wang Guo",       // hyphenated
        "Wang Jian Guo, Wang Guo",       // apart
        "Chen Mei Ling, Chen Mei",       // the first syllable kept
        "Liu Hsiao-ming, Liu Ming",      // Wade-Giles
    })
    void aSyllableMoreIsAnotherGivenName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("syllable_extra");
        assertThat(InterdictV2.compare(b, a, Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @org.junit.jupiter.api.Test
    void aJoinedGivenNameIsAnotherWordAltogether() {
        // written joined, "jianguo" pairs with no word of "Wang Guo": an unpaired word, no syllable of a pair
        assertThat(InterdictV2.compare("Wang Jianguo", "Wang Guo", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Wang Guo", "Wang Jianguo", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Wang Jianguo, Wang Jian Guo",      // the same syllables, written apart
        "Wang Jianguo, Wang Chien-kuo",     // in Wade-Giles
        "Wang Jianguo, Jianguo Wang",       // reordered
    })
    void theSameSyllablesWrittenOtherwiseAreTheSameName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("syllable_extra");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "Sergey Viktorovich Lavrov, Sergey Lavrov",    // a Western middle name left out stays the same name
        "Nguyen Van Thanh, Nguyen Thanh",              // so does a Vietnamese one, no Mandarin syllables
    })
    void aMiddleNameOutsideChineseNamesIsNoSyllable(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).features()).extracting(f -> f.name())
                .doesNotContain("syllable_extra");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Lee Chiu|LEE, Peter Ka-chiu",       // half a hyphenated given name, beside an English one
        "Lee Ka|LEE, Peter Ka-chiu",
        "Chan Wing|CHAN Wing-kei",           // Hong Kong's Cantonese spellings
        "Ho Yin|HO Yin-fai",
    })
    void halfAHyphenatedGivenNameIsAnotherGivenName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("syllable_extra");
        assertThat(InterdictV2.compare(b, a, Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Peter Lee|LEE, Peter Ka-chiu",      // the English given name alone, the Chinese one left out whole
        "Lee Ka Chiu|LEE, Peter Ka-chiu",
        "Jean Dupont|Jean-Pierre Dupont",    // a European given name of two: often written by one
        "Anne Moreau|Anne-Marie Moreau",
    })
    void aWholeGivenNameLeftOutOrAEuropeanOneIsNoHalf(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("syllable_extra");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Wong Ka Ho|Wong Ka",      // Hong Kong's Cantonese spellings are syllables too
        "Cheung Kwok Wah|Cheung Kwok",
    })
    void aCantoneseSyllableMoreIsAnotherGivenName(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("syllable_extra");
    }

    @org.junit.jupiter.api.Test
    void aNameReadFromHanIsAPersonsAgainstANameOfNoKnownKind() {
        // an export-control list's party has no schema; a name read from Han is read as a person's name, whose given
        // name of two syllables is not one of them
        FuzzyMatcher matcher = new FuzzyMatcher(java.util.List.of(new io.interdict.core.entity.Entity("x:1",
                io.interdict.core.entity.EntityKind.UNKNOWN, java.util.List.of(io.interdict.core.entity.Name.primary("Fang Yu")),
                java.util.List.of(), java.util.List.of(), null, false, null)), MatchSettings.DEFAULTS, InterdictV2.NAME);
        java.util.List<SearchHit> other = matcher.search("于芳仪", null, 3);   // yu fangyi: "fangyi" is "fang" and a syllable more
        assertThat(other).allMatch(h -> !h.match());
        java.util.List<SearchHit> same = matcher.search("于芳", null, 3);
        assertThat(same).isNotEmpty();
        assertThat(same.get(0).match()).isTrue();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Chang-uS Han|Chang-Su Han",            // the other half misspelt into a token that is no word ("US")
        "Kim TongM-yong|KIM TONG MY'ONG",       // a letter moved across a word's end: no syllable more
        "CHANGM YONG-CHIN|CHANG MYONG-CHIN",
    })
    void aSlipAtAWordsEndIsNoSyllableMore(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("syllable_extra");
    }
}
