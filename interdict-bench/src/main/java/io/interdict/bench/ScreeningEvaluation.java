package io.interdict.bench;

/** Placeholder until the list loaders are in. */
final class ScreeningEvaluation {
    private ScreeningEvaluation() {
    }

    static void main(String[] args) {
        throw new UnsupportedOperationException("screening evaluation not written yet");
    }
}
