package io.interdict.core.snapshot;

import java.util.List;

/** A snapshot could not be assembled; lists every problem found. */
public final class SnapshotException extends RuntimeException {
    private final List<String> problems;

    public SnapshotException(List<String> problems) {
        super(problems.size() + " problem(s): " + String.join("; ", problems.subList(0, Math.min(20, problems.size())))
                + (problems.size() > 20 ? "; ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
