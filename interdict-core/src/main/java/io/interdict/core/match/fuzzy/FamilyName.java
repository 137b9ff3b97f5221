package io.interdict.core.match.fuzzy;

import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The family name of a listed person written "FAMILY NAME, Given Names" (interdict-v2): the lists that
 * write names so (OFAC, and the registries in its form) say which words are the family name, and the
 * pipeline puts them last ("GALARZA CORONADO, Antonio" -> "antonio galarza coronado"). A family name
 * of two words is one name: Spanish and Portuguese people carry both surnames, and someone called by the
 * second alone ("Antonio Coronado") is mostly another person.
 */
final class FamilyName {
    /** Per listed name's text: how many of its last tokens are the family name (0: not written with a comma). */
    private static final Map<String, Integer> WORDS = new ConcurrentHashMap<>();
    /** More than the names of all bundled lists written with a comma. */
    private static final int MAX_CACHED = 200_000;

    private FamilyName() {
    }

    /** How many of the last tokens of this person's name are its family name; 0 when the name does not say. */
    static int words(ScoringName c) {
        int words = c.familyWords;
        if (words < 0) {
            words = wordsAnew(c);
            c.familyWords = words;
        }
        return words;
    }

    private static int wordsAnew(ScoringName c) {
        if (!c.schema().isPerson()) {
            return 0;
        }
        String original = c.prepared.original();
        int comma = original.indexOf(',');
        if (comma <= 0 || comma != original.lastIndexOf(',')) {
            return 0;
        }
        Integer known = WORDS.get(original);
        if (known != null) {
            return known;
        }
        int words = ScoringName.of(NamePipeline.standard().prepare(original.substring(0, comma), Schema.PERSON)).size();
        // Candidates of a search are the lists' names; a pairwise comparison may bring any name: the cache stays bounded.
        if (WORDS.size() < MAX_CACHED) {
            WORDS.put(original, words);
        }
        return words;
    }
}
