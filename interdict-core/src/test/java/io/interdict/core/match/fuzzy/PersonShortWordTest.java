package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listed person's short word that companies write as a legal form ("KHUN SA", "PAO, Yu Liang") is a name: found by
 *  the name, and missing from a query that lacks it. */
class PersonShortWordTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static Entity entity(String id, EntityKind kind, String name) {
        return new Entity(id, kind, List.of(Name.primary(name)), List.of(), List.of(), null, false, null);
    }

    private final FuzzyMatcher matcher = new FuzzyMatcher(List.of(
            entity("p:1", EntityKind.PERSON, "KHUN SA"), entity("p:2", EntityKind.PERSON, "PAO, Yu Liang"),
            entity("p:3", EntityKind.PERSON, "OU, Xiaoming"), entity("c:1", EntityKind.ORGANIZATION, "TALLINK GRUPP AS")),
            MatchSettings.DEFAULTS, InterdictV2.NAME);

    private List<String> matched(String query) {
        return matcher.search(query, null, 3).stream().filter(SearchHit::match).map(SearchHit::entityId).toList();
    }

    @Test
    void aSearchFindsThePersonByTheNameWhole() {
        assertThat(matched("Khun Sa")).containsExactly("p:1");
        assertThat(matched("Pao Yu Liang")).containsExactly("p:2");
        assertThat(matched("Ou Xiaoming")).containsExactly("p:3");
        assertThat(matched("Xiaoming Ou")).containsExactly("p:3");
        // a company's form where companies write it is still one
        assertThat(matched("Tallink Grupp AS")).containsExactly("c:1");
        assertThat(matched("Tallink Grupp")).containsExactly("c:1");
    }

    @Test
    void aNameWithoutTheShortWordIsAnotherPerson() {
        assertThat(matched("Khun")).isEmpty();          // a Thai title alone
        assertThat(matched("Yu Liang")).isEmpty();
        assertThat(matched("Khun AG")).isEmpty();
        assertThat(InterdictV2.compare("Luis Sa", "Luis Ab", Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare("Li Ou", "Li", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
