package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name written in Han or Hangul words apart keeps which syllables of its reading make one written name (own examples). */
class WrittenPartsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static TokenKind[] words(int n) {
        TokenKind[] k = new TokenKind[n];
        Arrays.fill(k, TokenKind.WORD);
        return k;
    }

    @Test
    void eachCharacterReadsItsWrittenWord() {
        assertThat(WrittenParts.of("国华 建明 李", words(5))).containsExactly(0, 0, 1, 1, 2);
        assertThat(WrittenParts.of("영호 민수 박", words(5))).containsExactly(0, 0, 1, 1, 2);
        // a syllable read as a particle ("de") or as a letter ("u") is still one token
        TokenKind[] withParticle = words(3);
        withParticle[1] = TokenKind.PARTICLE;
        assertThat(WrittenParts.of("明德 謝", withParticle)).containsExactly(0, 0, 1);
    }

    @Test
    void noPartsUnlessEveryCharacterIsOneToken() {
        assertThat(WrittenParts.of("国华 建明 李", words(3))).isNull();    // read word by word ("guohua jianming li")
        assertThat(WrittenParts.of("近藤 千代", words(2))).isNull();       // a Japanese reading, "kondo chiyo"
        assertThat(WrittenParts.of("国 李", words(2))).isNull();           // no word of two characters
        assertThat(WrittenParts.of("Li Jianming", words(3))).isNull();     // not Han
        assertThat(WrittenParts.of("李建明", words(4))).isNull();           // more tokens than characters
    }

    @Test
    void aWordHalfPairedSplitsIt() {
        int[] parts = {0, 0, 1, 1, 2};
        assertThat(WrittenParts.splitsAWord(parts, new double[] {0, 0, 1, 0, 1}, 5)).isTrue();
        assertThat(WrittenParts.splitsAWord(parts, new double[] {0, 0, 1, 1, 1}, 5)).isFalse();   // a whole word unpaired
        assertThat(WrittenParts.splitsAWord(parts, new double[] {0, 0, 1, 0}, 4)).isFalse();     // tokens glued: unknown
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "国华 建明 李|LI, Jian",        // Jianming is one given name; Jian is another
        "秀英 美玲 王|WANG, Mei",
        "영호 민수 박|PAK, Min",         // Minsu, not Min
    })
    void halfAWrittenGivenNameIsAnotherName(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(Feature::name).contains("syllable_extra");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "建明 李|LI, Jian Ming",            // every syllable of each word paired
        "영호 민수 박|PAK, Yong Ho",        // a whole given name more on one side: no half of one
        "김 현우|KIM, Hyon U",
    })
    void wholeWrittenWordsStayTheName(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.features()).extracting(Feature::name).doesNotContain("syllable_extra");
    }

    @Test
    void aSearchFindsNoListedNameThatSpellsHalfAWrittenGivenName() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                person("t:1", "LI, Jian"), person("t:2", "Jian Ming LI"), person("t:3", "PAK, Min")),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("国华 建明 李", null, 5)).filteredOn(SearchHit::match).extracting(SearchHit::entityId)
                .containsExactly("t:2");
        assertThat(m.search("영호 민수 박", null, 5)).filteredOn(SearchHit::match).isEmpty();
        assertThat(m.search("민수 박", null, 5)).filteredOn(SearchHit::match).isEmpty();
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }
}
