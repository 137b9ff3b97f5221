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

/** Compared pairwise, an organisation's word of its own after the words both names share is another company (own examples). */
class AppendedWordTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Marine AS|Halvorsen Marine Brattli AS",
        "Korvik Holdinger|Korvik Holdinger Vestfold",
        "Pelloni S.p.A.|Pelloni Lattiero S.p.A.",
        "Halvorsen Marine Corporation|Halvorsen Marine Aeronautics Company",   // legal forms of two families
        // one word of its own, of six letters or more, in the name without a legal form: no form the table lacks
        "Halvorsen Marine Limited|Northern Halvorsen Marine",
        "Halvorsen Marine AS|Halvorsen Marine Brattli",
    })
    void aWordAfterTheNameIsAnotherCompany(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.ORGANIZATION);
        assertThat(s.features()).extracting(f -> f.name()).contains("word_appended");
        assertThat(s.score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.ORGANIZATION).score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Halvorsen Marine AS|'Halvorsen Marine AS, Bergen Branch'",                  // set off by a comma
        "Halvorsen Marine AS|Halvorsen Marine AS (Stavanger Office)",                // by a bracket
        "Halvorsen Marine Ltd|Halvorsen Marine Compnay",                             // a legal form misspelt
        "Tisza Kereskedelmi Kft.|Tisza Kereskedelmi Korlátolt Felelősségű Társaság", // a legal form the table lacks
        "Halvorsen Marine AS|Halvorsen Marine AS Norway",                           // a country: place_extra's
        "Halvorsen Marine Joint Stock Company|Halvorsen Marine Joynt Stock Company", // a legal form's words misspelt
        "Doha Marine Bank|Doha Marine Bank Q.P.S.C.",                               // an initialism: a legal form
        "Halvorsen Marine Ltd|Halvorsen Marine IOOO",                                // a short word: maybe a form's abbreviation
        "Halvorsen Marine Ltd|Halvorsen Marine Brattli Vestfold",                    // two words: maybe a form written out
        "Halvorsen Marine|Northern Halvorsen Marine Limited",                        // the words of the name with the form: a brand
    })
    void qualifiersAndLegalFormsAreNoWordOfItsOwn(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.ORGANIZATION).features()).extracting(f -> f.name())
                .doesNotContain("word_appended");
    }

    @Test
    void aPersonAVesselOrASearchIsNoneOfIt() {
        assertThat(InterdictV2.compare("Anna Hansen", "Anna Hansen Berg", Schema.PERSON).features())
                .extracting(f -> f.name()).doesNotContain("word_appended");
        assertThat(InterdictV2.compare("Northern Spirit", "Northern Spirit Express", Schema.VESSEL).features())
                .extracting(f -> f.name()).doesNotContain("word_appended");
        Entity listed = new Entity("ofac-sdn:9", EntityKind.ORGANIZATION, List.of(Name.primary("Halvorsen Marine Brattli AS")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Halvorsen Marine AS", null, 1)).allMatch(h -> h.explanation().features().stream()
                .noneMatch(f -> f.name().equals("word_appended")));
    }
}
