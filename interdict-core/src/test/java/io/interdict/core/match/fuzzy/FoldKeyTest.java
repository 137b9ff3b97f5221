package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** interdict-v2 posts a word under its romanisation fold too: two spellings two edits apart meet in the index. */
class FoldKeyTest {
    private static long[] keys(String word, boolean folds) {
        IndexKeys.KeyBuffer b = new IndexKeys.KeyBuffer();
        IndexKeys.tokenKeys(ScoringName.of(word, Schema.PERSON), 0, b, false, folds);
        return java.util.Arrays.copyOf(b.keys, b.size);
    }

    @Test
    void aWordIsPostedUnderItsFoldAsAnExactKey() {
        long folded = IndexKeys.hash('-', "mahmud", -1);
        assertThat(keys("mahmood", true)).contains(folded);
        assertThat(keys("mahmoud", true)).contains(folded);
        assertThat(keys("mahmood", false)).doesNotContain(folded);
        // A word that is its own fold adds no key: its exact key is the fold.
        assertThat(keys("mahmud", true)).hasSameSizeAs(keys("mahmud", false));
    }

    @Test
    void aSpellingTwoEditsAwayIsACandidateAmongManyNamesSharingTheOtherWord() {
        assertThat(finds("AQSA MAHMOOD", "AQSA MAHMUD")).isTrue();   // the listed word's fold is the query's word
        assertThat(finds("AQSA MAHMUD", "AQSA MAHMOOD")).isTrue();   // the query's fold is the listed word
        assertThat(finds("AQSA MAHMOUD", "AQSA MAHMOOD")).isTrue();  // both fold alike
    }

    private static boolean finds(String listed, String query) {
        // Twenty names share "aqsa" and come first; without the fold the listed "AQSA MAHMOOD" ties with them on "aqsa"
        // alone and is not among the sixteen candidates scored.
        String[] others = {"BARAKZAI", "CHAUDHRY", "DURRANI", "FAROOQI", "GHAZNAVI", "HAQQANI", "JALALI", "KAKAR", "LODHI",
            "MENGAL", "NIAZI", "OMARZAI", "POPALZAI", "QURESHI", "RIZVI", "SADOZAI", "TARIN", "USMANI", "WARDAK", "YUSUFZAI"};
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < others.length; i++) {
            list.add(person("o:" + i, "AQSA " + others[i]));
        }
        list.add(person("t:1", listed));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        return m.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    private static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
