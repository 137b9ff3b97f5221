package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name disguised to pass a screening, with look-alike letters of another alphabet ({@link
 * io.interdict.core.names.LookalikeLetters}) or digits and signs typed for letters ({@link
 * io.interdict.core.names.TypedLetters}), is found as the name, and the explanation says how it was read. Examples made
 * for the rules (the harness's `disguise` set measures them on the UN list).
 */
class DisguisedNameTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static Entity entity(String id, EntityKind kind, String name) {
        return new Entity(id, kind, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }

    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(List.of(
            entity("t:assad", EntityKind.PERSON, "Bashar al-Assad"),
            entity("t:putin", EntityKind.PERSON, "PUTIN, Vladimir Vladimirovich"),
            entity("t:hamas", EntityKind.ORGANIZATION, "HAMAS"),
            entity("t:ali", EntityKind.PERSON, "Ali Kony"),
            entity("t:media", EntityKind.ORGANIZATION, "Smart Media4U Technology Pte. Ltd."),
            entity("t:sber", EntityKind.ORGANIZATION, "Sberbank")), MatchSettings.DEFAULTS, "interdict-v2");

    private static List<String> features(SearchHit hit) {
        return hit.explanation().features().stream().map(Feature::name).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "\u0412\u0410\u0405\u041D\u0410R \u0410L-\u0410\u0405\u0405\u0410D|t:assad|lookalikes_read",
        "Vl\u0430dimir \u0420utin|t:putin|lookalikes_read",
        "\u0397\u0391\u039C\u0391S|t:hamas|lookalikes_read",
        "S\u0412\u0415R\u0412\u0410NK|t:sber|lookalikes_read",
        "V1ad1m1r Put1n|t:putin|digits_read",
        "H4M@S|t:hamas|digits_read",
        "@1! K0NY|t:ali|digits_read",
    })
    void aDisguisedNameIsFoundAndSaysHowItWasRead(String query, String id, String feature) {
        List<SearchHit> hits = MATCHER.search(query, null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(features(hits.get(0))).contains(feature);
    }

    @Test
    void aNameWrittenWithDigitsIsStillFoundAsWritten() {
        List<SearchHit> hits = MATCHER.search("Smart Media4U Technology", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("t:media");
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(features(hits.get(0))).doesNotContain("digits_read");
    }

    @Test
    void aDisguisedStrangerIsStillAStranger() {
        assertThat(MATCHER.search("V1ktor K0rnev", null, 3)).allSatisfy(h -> assertThat(h.score()).isLessThan(REVIEW));
        assertThat(MATCHER.search("\u0412ORIS \u0422ERENTIEV", null, 3)).allSatisfy(h -> assertThat(h.score()).isLessThan(REVIEW));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "\u0412\u0410\u0405\u041D\u0410R \u0410L-\u0410\u0405\u0405\u0410D|Bashar al-Assad|Person",
        "\u0421\u0431ep\u0431\u0430\u043D\u043A|Sberbank|Company",
        "0SAMA BIN L4DEN|Usama bin Laden|Person",
        "A11 K0NY|Ali Kony|Person",
    })
    void aComparisonReadsTheDisguiseToo(String disguised, String name, String schema) {
        NameScore s = InterdictV2.compare(disguised, name, Schema.of(schema));
        assertThat(s.score()).as("%s", s).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(name, disguised, Schema.of(schema)).score()).isEqualTo(s.score());
    }
}
