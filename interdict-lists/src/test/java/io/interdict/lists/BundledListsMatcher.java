package io.interdict.lists;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.snapshot.SourcePart;
import java.util.ArrayList;
import java.util.List;

/** interdict-v2's matcher over every bundled list, built once for the tests that search the real lists. */
final class BundledListsMatcher {
    private BundledListsMatcher() {
    }

    private static final class Holder {
        static final FuzzyMatcher V2 = build();
    }

    /** The matcher, built at the first ask (a few seconds). */
    static FuzzyMatcher v2() {
        return Holder.V2;
    }

    private static FuzzyMatcher build() {
        List<Entity> all = new ArrayList<>();
        for (SourcePart p : BundledLists.all()) {
            all.addAll(p.entities());
        }
        return new FuzzyMatcher(all, MatchSettings.DEFAULTS, "interdict-v2");
    }
}
