package io.interdict.bench;

import io.interdict.core.match.fuzzy.InterdictV1;
import io.interdict.core.match.fuzzy.NameScore;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;

/** Debug aid: {@code CompareMain NAME1 NAME2 [SCHEMA]} ({@code -Dalgorithm=interdict-v1} for the old version) prints the tokens, score and explanation. */
public final class CompareMain {
    private CompareMain() {
    }

    public static void main(String[] args) {
        Schema schema = Schema.of(args.length > 2 ? args[2] : null);
        System.out.println(NamePipeline.standard().prepare(args[0], schema).tokens());
        System.out.println(NamePipeline.standard().prepare(args[1], schema).tokens());
        NameScore s = io.interdict.core.match.fuzzy.FuzzyMatcher.compare(System.getProperty("algorithm", "interdict-v2"),
                args[0], args[1], args.length > 2 ? args[2] : null);
        System.out.println(s);
    }
}
