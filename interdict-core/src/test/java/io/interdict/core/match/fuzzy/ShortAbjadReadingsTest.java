package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name read from an abjad whose words have two consonants or fewer each pairs them by their consonants with many
 * Latin words: beside words the other side keeps, it is a partial name (WordPairTally's short readings; the names the
 * tuning `world` seeds flagged).
 */
class ShortAbjadReadingsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "גילה אסא|ESSA, Agila Saleh",              // gyla ~ agila, as ~ essa; Saleh left over
        "אלי דהן|DANAEI KENARSARI, Ali",          // aly ~ ali, dhn ~ danaei; Kenarsari left over
        "דן איש-שלום|DONA ISA",                    // dn ~ dona, ys ~ isa; shalom left over
    })
    void shortWordsPairedByTheirConsonantsBesideWordsLeftOverArePartial(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isLessThan(REVIEW);
        assertThat(s.features()).extracting(f -> f.name()).contains("partial_fuzzy");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "سید ابراهیم رئیسی|RAISI, Ebrahim",          // abrahym has four consonants: the name is no short reading
        "محمد جواد ظریف خوانساری|ZARIF, Mohammad Javad",
        "אלי כהן|Eli Cohen",                       // short words, nothing left over
    })
    void aLongerWordOrNothingLeftOverKeepsTheMatch(String query, String listed) {
        NameScore s = InterdictV2.compare(query, listed, Schema.PERSON);
        assertThat(s.score()).as(s.toString()).isGreaterThanOrEqualTo(REVIEW);
    }
}
