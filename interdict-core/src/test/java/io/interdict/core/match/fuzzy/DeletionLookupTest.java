package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link DeletionLookup} gives what the map gives for the word built with the letter left out. */
class DeletionLookupTest {
    @Property(tries = 500)
    void aWordWithALetterLeftOutFindsWhatTheMapFindsForIt(@ForAll long seed) {
        Random r = new Random(seed);
        Map<String, Integer> map = new HashMap<>();
        for (int k = 0, n = r.nextInt(60); k < n; k++) {
            map.put(word(r), k);
        }
        DeletionLookup<Integer> lookup = new DeletionLookup<>(map);
        for (int q = 0; q < 40; q++) {
            // Words near the keys (a key with a letter added) as well as random ones.
            String t = !map.isEmpty() && r.nextBoolean() ? withLetterAdded(map.keySet().toArray(new String[0])[r.nextInt(map.size())], r) : word(r);
            for (int i = -1; i <= t.length(); i++) {
                String shortened = i < 0 ? t : i >= t.length() ? null : t.substring(0, i) + t.substring(i + 1);
                assertThat(lookup.get(t, i)).as("%s without %d", t, i).isEqualTo(shortened == null ? null : map.get(shortened));
            }
        }
    }

    @Example
    void findsALegalFormOneLetterShort() {
        DeletionLookup<String> lookup = new DeletionLookup<>(Map.of("gmbh", "gmbh", "limited", "ltd"));
        assertThat(lookup.get("gmbhx", 4)).isEqualTo("gmbh");
        assertThat(lookup.get("limitted", 5)).isEqualTo("ltd");
        assertThat(lookup.get("limitted", 0)).isNull();
        assertThat(lookup.get("limited", -1)).isEqualTo("ltd");
        assertThat(lookup.get("", -1)).isNull();
    }

    private static String word(Random r) {
        String letters = "abcdeilmnorstuäéøß";
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = r.nextInt(7); k < n; k++) {
            sb.append(letters.charAt(r.nextInt(r.nextBoolean() ? 5 : letters.length())));
        }
        return sb.toString();
    }

    private static String withLetterAdded(String w, Random r) {
        int at = r.nextInt(w.length() + 1);
        return w.substring(0, at) + "abcde".charAt(r.nextInt(5)) + w.substring(at);
    }
}
