package io.interdict.core.match.fuzzy;

import io.interdict.core.codec.KeyPostings;
import java.util.function.Predicate;

/**
 * Whether the lists hold a word ({@link #test}: a matcher's word counts, asked of whole words), with a Bloom filter of
 * the words the lists hold ({@link KeyFilter}, over {@link KeyPostings#hash}): {@link QueryRepair} tries every cut of a
 * word the lists lack, and the filter turns away most halves by their hash alone, worked out a character at a time
 * without cutting the half out as a string. The filter never says no to a word the lists hold, so asking it first
 * changes no answer.
 */
final class ListedWords implements Predicate<String> {
    private final KeyFilter filter;
    private final Predicate<String> exact;

    /** @param filter a filter holding (at least) every word {@code exact} accepts */
    ListedWords(KeyFilter filter, Predicate<String> exact) {
        this.filter = filter;
        this.exact = exact;
    }

    /** The filter: false only when the lists certainly do not hold the word of a {@link KeyPostings#hash key}. */
    KeyFilter filter() {
        return filter;
    }

    @Override
    public boolean test(String word) {
        return filter.mayContain(KeyPostings.hash(word)) && exact.test(word);
    }
}
