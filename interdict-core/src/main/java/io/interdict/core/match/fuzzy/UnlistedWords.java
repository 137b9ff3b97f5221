package io.interdict.core.match.fuzzy;

/**
 * The {@link ScoringName.TokenFacts} of query words the lists do not hold, kept for recent queries: such words recur
 * from query to query ("Ingeborg", "Kathryn"), and their phonetic code is a good part of preparing a query.
 * Direct-mapped: a word evicts the one in its slot, and a word not found is worked out again; facts depend on the word
 * alone, so a word found here has the very facts worked out anew would give.
 *
 * <p>One table for all threads, written without synchronisation: a {@link ScoringName.TokenFacts}'s fields are final
 * (its word facts, worked out on first use, are written racily and alike by any thread), so a thread that sees one sees
 * it whole; a slot's hash, written apart from its facts, only spares reading another word's text, and a word is taken
 * from a slot only when its text equals the word asked. One table rather than one per thread: a server's threads
 * share what each has worked out, and what it keeps stays one table's, however many threads ask. Sized for the screening
 * set's 15,600 distinct words (133,000 in all, 4,500 met once): with 4,096 slots half of its words were met again in
 * their slot, with 16,384 four in five (counted over all its words; the lists' own words are kept elsewhere).
 */
final class UnlistedWords {
    static final int SLOTS = 1 << 14;

    private static final ScoringName.TokenFacts[] FACTS = new ScoringName.TokenFacts[SLOTS];
    /** The words' hashes: a slot held by another word is told from it without reading that word's string. */
    private static final int[] HASH = new int[SLOTS];

    private UnlistedWords() {
    }

    /** {@code TokenFacts.of(word)}, from the recent words when there. */
    static ScoringName.TokenFacts facts(String word) {
        int h = word.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        ScoringName.TokenFacts kept = FACTS[slot];
        if (kept != null && HASH[slot] == h && kept.text().equals(word)) {
            return kept;
        }
        ScoringName.TokenFacts f = ScoringName.TokenFacts.of(word);
        FACTS[slot] = f;
        HASH[slot] = h;
        return f;
    }
}
