package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A list where the listed person has twenty namesakes per given name, for search tests of transcribed names. */
final class Namesakes {
    private static final String[] FAMILIES = {"ANTONOV", "BELOV", "VOLKOV", "GUSEV", "DENISOV", "EGOROV", "ZAITSEV",
        "KOZLOV", "LEBEDEV", "MOROZOV", "NIKITIN", "ORLOV", "PAVLOV", "ROMANOV", "SOKOLOV", "TARASOV", "FEDOROV",
        "KHARITONOV", "TSVETKOV", "SHCHERBAKOV"};

    private Namesakes() {
    }

    /**
     * Whether an interdict-v2 search for {@code query} finds {@code listed} as a match, with twenty other persons of
     * each of {@code givenNames} listed first: they come first on the given name, and the listed one must still be
     * among those scored.
     */
    static boolean finds(String listed, String query, String... givenNames) {
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < FAMILIES.length; i++) {
            for (String given : givenNames) {
                list.add(person(given.charAt(0) + ":" + i, FAMILIES[i] + ", " + given));
            }
        }
        list.add(person("t:1", listed));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        return m.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
