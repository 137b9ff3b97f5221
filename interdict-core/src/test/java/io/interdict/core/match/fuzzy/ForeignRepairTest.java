package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A repaired reading of a name written in another script is scored as a transliteration, not as Latin text. */
class ForeignRepairTest {
    @Test
    void aHanNameSplitByTheRepairHasNoTypistsSlips() {
        // 佳蓉 is read "jiarong", which the repair splits into the listed words "jia rong"; as Latin text, "jiarong" would be
        // a typo of "jiadong" beside "li". Read from Han, "rong" and "dong" are two syllables.
        List<Entity> list = List.of(person("t:1", "LI, Jiadong"), person("p:1", "JIA Ming"), person("p:2", "RONG Wei"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("佳蓉 李", null, 5)).noneMatch(h -> h.entityId().equals("t:1") && h.match());
        // Typed in Latin letters, the same slip is one.
        assertThat(m.search("Jiarong Li", null, 5)).anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
