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

/** Compared pairwise, one word on each side two edits apart beside words that all pair closely is a slip (own examples). */
class TwoEditWordTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Anton Berg|Anton Burk",
        "Mark Dole|Mark Dowle",
        "Mark Dole|Mark Dowe",
        "Shi Jinping|Xi Jinping",            // two edits that keep the i
    })
    void aWordTwoEditsApartBesideCloseWordsIsASlip(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Anton Berg|Anton Burkov",           // three edits or more: another name
        "CHOI HAE MIN|CHOI HAE SON",         // Korean syllables: a given name of a syllable or two
        "Anton Berg Sala|Anton Burk Sola",   // two words differ
        "Mark Dole|Mark Dowe Carter",        // a word left over
        "Anton Berg Sala|Sala Anton Burk",   // the words both share in another order
        "John Li|John Xu",                   // two words of two letters: two edits leave nothing of either
        "Maria Wu|Maria Li",
        "Tran Thi Mai|Tran Thi Lan",         // two edits that change both ends: only a middle letter kept
        "Mark Dole|Mark Pola",
    })
    void moreIsAnotherName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void neitherAnOrganisationNorASearch() {
        assertThat(InterdictV2.compare("Halvorsen Doe AS", "Halvorsen Down AS", Schema.ORGANIZATION).score())
                .isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Mark Doe", "Mark Down", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        Entity listed = new Entity("un:1", EntityKind.PERSON, List.of(Name.primary("Anton Berg")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Anton Burk", null, 1)).noneMatch(h -> h.match());
    }
}
