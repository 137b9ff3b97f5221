package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A letter written alone on both sides agrees as a close word does, for telling a slip in another word. */
class LetterAgreementTest {
    /** "yu" and "chol" are common in this list (seven names each), and "col" is a word it holds (twice). */
    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(list(), MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<Entity> list() {
        List<Entity> out = new ArrayList<>();
        out.add(person("t:1", "YU CHOL U"));
        String[] fillers = {"NAM", "SONG", "HYOK", "MIN", "SU", "JIN"};
        for (int i = 0; i < fillers.length; i++) {
            out.add(person("f:" + i, "YU " + fillers[i] + " CHOL"));
        }
        out.add(person("c:1", "COL PAK"));
        out.add(person("c:2", "COL RI"));
        return out;
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }

    private static boolean found(String query) {
        return MATCHER.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    @Test
    void aSlipBesideAWordAndAnAgreeingLetterIsATypo() {
        // "col" ~ "chol": one edit in a word the list holds, beside "yu" and the syllable "u" written alike.
        assertThat(found("YU COL U")).isTrue();
    }

    @Test
    void aLetterThatDiffersAddsNothing() {
        // Beside "yu" alone, one edit in a listed word is no typo, and the words are common: not a match.
        assertThat(found("YU COL O")).isFalse();
    }
}
