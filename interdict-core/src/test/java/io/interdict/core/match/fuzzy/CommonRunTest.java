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

/** Many common words paired closely together are a rare name: no common-words penalty for them. */
class CommonRunTest {
    /** Six entries share each word of the target names, so that every one of those words is common in the list. */
    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(list(), MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<Entity> list() {
        List<Entity> out = new ArrayList<>();
        out.add(entity("t:org", EntityKind.ORGANIZATION, "ISLAMIC STATE IN IRAQ AND THE LEVANT - YEMEN"));
        out.add(entity("t:gulf", EntityKind.ORGANIZATION, "GULF ENERGY TRADING"));
        out.add(entity("t:person", EntityKind.PERSON, "KARIM TAHIR HUSAYN SALEH"));
        out.add(entity("t:pair", EntityKind.PERSON, "KARIM TAHIR"));
        String[] fillers = {"ALPHA", "BRAVO", "DELTA", "SIERRA", "TANGO", "ZULU"};
        for (int i = 0; i < fillers.length; i++) {
            out.add(entity("o:" + i, EntityKind.ORGANIZATION, "ISLAMIC STATE " + fillers[i] + " IN IRAQ LEVANT YEMEN"));
            out.add(entity("g:" + i, EntityKind.ORGANIZATION, "GULF ENERGY " + fillers[i] + " TRADING"));
            out.add(entity("p:" + i, EntityKind.PERSON, "KARIM TAHIR HUSAYN SALEH " + fillers[i]));
        }
        return out;
    }

    private static Entity entity(String id, EntityKind kind, String name) {
        return new Entity(id, kind, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }

    private static SearchHit hit(String query, String id) {
        return MATCHER.search(query, null, 20).stream().filter(h -> h.entityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sixCommonWordsBesideAMisspeltStopwordAreARareName() {
        // "ANY" for "AND": six common words paired, one word left over.
        SearchHit h = hit("ISLAMIC STATE IN IRAQ ANY THE LEVANT - YEMEN", "t:org");
        assertThat(h.match()).isTrue();
        assertThat(h.explanation().features()).noneMatch(f -> f.name().equals("common_words_only"));
    }

    @Test
    void threeCommonWordsOfAListedOrganisationAreARareName() {
        assertThat(hit("GULF ENERGY TRADING LTP", "t:gulf").explanation().features())
                .noneMatch(f -> f.name().equals("common_words_only"));
    }

    @Test
    void aPersonNeedsFourCommonWordsTogether() {
        assertThat(hit("KARIM TAHIR HUSAYN SALEH ZAFAR", "t:person").explanation().features())
                .noneMatch(f -> f.name().equals("common_words_only"));
        // Two common words of a person's name and a word left over stay weak ("Erik John Lee" ~ "LEE, John").
        SearchHit two = hit("KARIM TAHIR ZAFAR", "t:pair");
        assertThat(two.explanation().features()).anyMatch(f -> f.name().equals("common_words_only"));
        assertThat(two.match()).isFalse();
    }
}
