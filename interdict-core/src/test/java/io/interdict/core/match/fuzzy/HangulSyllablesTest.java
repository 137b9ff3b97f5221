package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Korean name written in Hangul against a Latin name of Korean syllables: a Latin word that spells none of the Hangul
 * name's syllables is another name's word, however few letters apart it is from the reading (HangulSyllables). The
 * different-person pairs are the tuning pair files' (fresh4's, read as tuning data).
 */
class HangulSyllablesTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "윤서준|Yoon Seo-jin",     // 준 is not 진: seojun ~ seojin, one letter apart
        "송민호|Son Min-ho",       // 송 is not 손
        "김민준|Kim Min-jae",      // 준 is not 재
    })
    void aSyllableOfAnotherNameIsAnotherName(String hangul, String latin) {
        NameScore s = InterdictV2.compare(hangul, latin, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "윤서준|Yoon Seo-jun",
        "윤서준|Yun Seo Joon",       // 윤 Yoon/Yun, 준 Jun/Joon: spellings Koreans register
        "이명박|Lee Myung-bak",      // 이 "Lee", a usual spelling beside the rules
        "김정은|Kim Jong Un",
        "리설주|Ri Sol Ju",          // the North's 리
        "최룡해|Choe Ryong Hae",
        "박근혜|Park Geun-hye",
        "문재인|Moon Jae-in",
        "송민호|Song Min-ho",
    })
    void theSameSyllablesInAnySpellingStay(String hangul, String latin) {
        NameScore s = InterdictV2.compare(hangul, latin, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aWesternNameWrittenInHangulIsReadByItsSound() {
        // Written in two words, as Korean writes a foreign name: the rule does not apply, and "walker" stays paired.
        NameScore s = InterdictV2.compare("헬렌 워커", "Helen Walker", Schema.PERSON);
        assertThat(s.pairs()).anyMatch(p -> p.contains("~walker"));
    }

    @Test
    void aLatinWordSpellsKoreanSyllablesOneOrRunTogether() {
        assertThat(HangulSyllables.koreanWord("seojin")).isTrue();
        assertThat(HangulSyllables.koreanWord("yoon")).isTrue();
        assertThat(HangulSyllables.koreanWord("thomas")).isFalse();
        int[] name = HangulSyllables.written("윤서준");
        assertThat(HangulSyllables.spellsARun(name, "seojoon")).isTrue();
        assertThat(HangulSyllables.spellsARun(name, "seojin")).isFalse();
        assertThat(HangulSyllables.written("Kim")).isNull();
    }

    @Test
    void aSearchFindsTheNameItsSyllablesSpellAndNotTheOther() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                new Entity("p:1", EntityKind.PERSON, List.of(Name.primary("YOON, Seo-jin")), List.of(), List.of(), Map.of(), false, null),
                new Entity("p:2", EntityKind.PERSON, List.of(Name.primary("YOON, Seo-jun")), List.of(), List.of(), Map.of(), false, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("윤서준", null, 5);
        assertThat(hits).filteredOn(SearchHit::match).extracting(SearchHit::entityId).containsExactly("p:2");
    }
}
