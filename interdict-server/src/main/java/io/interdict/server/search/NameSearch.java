package io.interdict.server.search;

import java.util.List;

/**
 * Name (and identifier) search without screening rules: who in the snapshot might this be?
 * The seam where the fuzzy search of {@code io.interdict.core.match.fuzzy} plugs in; until it does,
 * {@link MatcherSearch} answers with the screener's own matcher.
 */
public interface NameSearch {
    /** Candidates best first, at most {@code query.limit()}. */
    List<Candidate> search(SearchQuery query);

    /** Name and version of the algorithm, reported to clients. */
    String algorithm();

    /** The score at or above which a candidate is reported as a match. */
    double matchThreshold();
}
