package io.interdict.core.names;

import net.jqwik.api.Arbitrary;

/** Names for the properties of the pipeline's cheap tests: one to {@code most} words, each after one of the separators
 *  (spaces of several kinds, or what else a test draws). */
final class SpacedNames {
    private SpacedNames() {
    }

    static Arbitrary<String> of(Arbitrary<String> words, Arbitrary<String> separators, int most) {
        return words.list().ofMinSize(1).ofMaxSize(most).flatMap(ws -> separators.list().ofSize(ws.size()).map(sp -> {
            StringBuilder b = new StringBuilder(ws.get(0));
            for (int i = 1; i < ws.size(); i++) {
                b.append(sp.get(i)).append(ws.get(i));
            }
            return b.toString();
        }));
    }
}
