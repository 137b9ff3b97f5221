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

/**
 * Three common words of a person's name paired closely, one of them held by few entities among the common ones, are a
 * rare name together: no common-words penalty for the word the listed name has besides (own names).
 */
class ScarceCommonRunTest {
    /** The most common words are held by twenty entities each; "bakri" and "chul" by six, common but scarce. */
    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(list(), MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<Entity> list() {
        List<Entity> out = new ArrayList<>();
        out.add(entity("t:bakri", "BAKRI, Hafiz Nasser Omar"));
        out.add(entity("t:salem", "SALEM, Hafiz Nasser Omar"));
        out.add(entity("t:kim", "KIM, Young Chul Sang"));
        String[] fillers = {"ALPHA", "BRAVO", "DELTA", "SIERRA", "TANGO", "ZULU", "ECHO", "FOXTROT", "GOLF", "HOTEL",
            "INDIA", "JULIET", "KILO", "LIMA", "MIKE", "NOVEMBER", "OSCAR", "PAPA", "QUEBEC", "ROMEO"};
        for (int i = 0; i < fillers.length; i++) {
            out.add(entity("n:" + i, "NASSER " + fillers[i]));
            out.add(entity("o:" + i, "OMAR " + fillers[i] + " X"));
            out.add(entity("s:" + i, "SALEM " + fillers[i] + " Y"));
            out.add(entity("k:" + i, "KIM " + fillers[i] + " Z"));
            out.add(entity("y:" + i, "YOUNG " + fillers[i] + " W"));
            if (i < 5) {
                out.add(entity("b:" + i, "BAKRI " + fillers[i] + " V"));
                out.add(entity("c:" + i, "CHUL " + fillers[i] + " U"));
            }
        }
        return out;
    }

    private static Entity entity(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }

    private static SearchHit hit(String query, String id) {
        return MATCHER.search(query, null, 50).stream().filter(h -> h.entityId().equals(id)).findFirst().orElseThrow();
    }

    private static boolean commonWordsOnly(SearchHit h) {
        return h.explanation().features().stream().anyMatch(f -> f.name().equals("common_words_only"));
    }

    @Test
    void threeCommonWordsWithAScarceOneAreARareName() {
        SearchHit h = hit("Nasser Omar Bakri", "t:bakri");
        assertThat(commonWordsOnly(h)).isFalse();
        assertThat(h.match()).isTrue();
    }

    @Test
    void threeOfTheMostCommonWordsStayWeak() {
        SearchHit h = hit("Nasser Omar Salem", "t:salem");
        assertThat(commonWordsOnly(h)).isTrue();
        assertThat(h.match()).isFalse();
    }

    @Test
    void aKoreanSyllableIsNoScarceWord() {
        // "chul" is held by six entities here, as "bakri" is; the world writes it for millions.
        assertThat(commonWordsOnly(hit("Kim Young Chul", "t:kim"))).isTrue();
    }

    @Test
    void twoCommonWordsWithAScarceOneLeftOverStayWeak() {
        assertThat(commonWordsOnly(hit("Nasser Bakri", "t:bakri"))).isTrue();
    }
}
