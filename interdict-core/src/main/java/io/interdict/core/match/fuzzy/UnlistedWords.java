package io.interdict.core.match.fuzzy;

/**
 * The {@link ScoringName.TokenFacts} of query words the lists do not hold, kept for recent queries: such words recur
 * from query to query ("Ingeborg", "Kathryn"), and their phonetic code is a good part of preparing a query. Per
 * thread, direct-mapped: a word evicts the one in its slot, and a word not found is worked out again; facts depend on
 * the word alone, so a word found here has the very facts worked out anew would give.
 */
final class UnlistedWords {
    static final int SLOTS = 1 << 12;
    private static final PerThread<UnlistedWords> THREAD = PerThread.withInitial(UnlistedWords::new);

    private final ScoringName.TokenFacts[] facts = new ScoringName.TokenFacts[SLOTS];
    /** The words' hashes: a slot held by another word is told from it without reading that word's string. */
    private final int[] hash = new int[SLOTS];

    private UnlistedWords() {
    }

    /** {@code TokenFacts.of(word)}, from this thread's recent words when there. */
    static ScoringName.TokenFacts facts(String word) {
        return THREAD.get().of(word);
    }

    private ScoringName.TokenFacts of(String word) {
        int h = word.hashCode();
        int slot = (h ^ h >>> 16) & (SLOTS - 1);
        ScoringName.TokenFacts kept = facts[slot];
        if (kept != null && hash[slot] == h && kept.text().equals(word)) {
            return kept;
        }
        ScoringName.TokenFacts f = ScoringName.TokenFacts.of(word);
        facts[slot] = f;
        hash[slot] = h;
        return f;
    }
}
