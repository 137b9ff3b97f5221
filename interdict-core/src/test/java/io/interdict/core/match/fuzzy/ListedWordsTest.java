package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.codec.KeyPostings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The filters {@link QueryRepair#split} asks first change none of its cuts ({@link ListedWords}). */
class ListedWordsTest {
    private static final String LETTERS = "aeioulnrstmhdkb";

    /** {@code min} to {@code max} random letters of {@link #LETTERS}. */
    private static String word(Random r, int min, int max) {
        char[] letters = new char[min + r.nextInt(max - min + 1)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = LETTERS.charAt(r.nextInt(LETTERS.length()));
        }
        return new String(letters);
    }

    @Property(tries = 30)
    void aWordIsCutAsWithoutTheFilters(@ForAll long seed) {
        Random r = new Random(seed);
        // Listed words of two to six letters, stopwords and legal forms besides (the word lists'), and words run
        // together from them and from letters no list holds.
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            listed.add(word(r, 2, 6));
        }
        List<String> pool = new ArrayList<>(listed);
        pool.addAll(List.of("of", "the", "and", "trading", "company", "limited", "corp", "bank"));
        ListedWords filtered = new ListedWords(KeyFilter.ofStrings(listed), listed::contains);
        java.util.function.Predicate<String> plain = listed::contains;
        java.util.function.BiPredicate<String, String> together = (a, b) -> (a.length() + b.length()) % 3 != 0;
        for (int k = 0; k < 2000; k++) {
            String t = r.nextInt(3) == 0 ? word(r, 4, 12)
                    : pool.get(r.nextInt(pool.size())) + (r.nextBoolean() ? pool.get(r.nextInt(pool.size())) : word(r, 1, 4));
            boolean last = r.nextBoolean();
            assertThat(QueryRepair.split(t, filtered, together, last)).as(t)
                    .isEqualTo(QueryRepair.split(t, plain, together, last));
            assertThat(filtered.test(t)).isEqualTo(listed.contains(t));
        }
    }

    @Property(tries = 50)
    void aPieceHashesAsTheStringItWouldBe(@ForAll long seed) {
        Random r = new Random(seed);
        String t = word(r, 0, 20) + "é–ж";
        int from = r.nextInt(t.length() + 1);
        int to = from + r.nextInt(t.length() - from + 1);
        assertThat(KeyPostings.hash(t, from, to)).isEqualTo(KeyPostings.hash(t.substring(from, to)));
    }
}
