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

/** Compared pairwise, an organisation's word of its own inside its name is another company (own examples). */
class InsertedWordTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Marine AS|Halvorsen Brattli Marine AS",
        "K & M Trading Ltd|K & M Osterberg Trading Ltd",
    })
    void aWordInsideTheNameIsAnotherCompany(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.ORGANIZATION);
        assertThat(s.features()).extracting(f -> f.name()).contains("word_inserted");
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.ORGANIZATION).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Marine AS|Halvorsen Marine AS, Bergen Branch",     // a qualifier after the name
        "Halvorsen Marine AS|BENEFICIARY Halvorsen Marine AS",         // a label before it
        "Fratelli Rossi S.n.c.|F.lli Rossi snc",                       // a piece of an abbreviation
    })
    void wordsBeforeOrAfterTheNameAreNoneInsideIt(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.ORGANIZATION).features()).extracting(f -> f.name())
                .doesNotContain("word_inserted");
    }

    /** Across scripts, a word of the Latin name's own between shared words, the reading whole, is another body's; a
     *  word the reading holds of its own is not counted (a reading may keep words its English name leaves out). */
    @Test
    void acrossScriptsOnlyTheLatinNamesOwnWordCounts() {
        NameScore latinOwn = InterdictV2.compare("Торвик Марин Холдинг", "Torvik Brattli Marine Holding", Schema.ORGANIZATION);
        assertThat(latinOwn.features()).extracting(f -> f.name()).contains("word_inserted");
        assertThat(latinOwn.score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("東方大学", "Dongfang Normal University", Schema.ORGANIZATION).score()).isLessThan(REVIEW);
        NameScore readingOwn = InterdictV2.compare("Торвик Брэттли Марин Холдинг", "Torvik Marine Holding", Schema.ORGANIZATION);
        assertThat(readingOwn.features()).extracting(f -> f.name()).doesNotContain("word_inserted");
    }

    @Test
    void aPersonsMiddleNameOrASearchIsNoneOfIt() {
        assertThat(InterdictV2.compare("Anna Hansen", "Anna Marie Hansen", Schema.PERSON).features())
                .extracting(f -> f.name()).doesNotContain("word_inserted");
        Entity listed = new Entity("ofac-sdn:9", EntityKind.ORGANIZATION, List.of(Name.primary("Halvorsen Brattli Marine AS")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Halvorsen Marine AS", null, 1)).allMatch(h -> h.explanation().features().stream()
                .noneMatch(f -> f.name().equals("word_inserted")));
    }
}
