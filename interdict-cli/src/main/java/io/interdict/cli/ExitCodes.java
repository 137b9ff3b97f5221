package io.interdict.cli;

/** Exit statuses of the {@code interdict} command. */
final class ExitCodes {
    /** Everything was screened. */
    static final int OK = 0;
    /** The command could not run (missing file, bad configuration, internal failure). */
    static final int FAILURE = 1;
    /** Bad command-line usage (picocli's own status). */
    static final int USAGE = 2;
    /** Screening finished, but some input records were ERROR decisions. */
    static final int INPUT_ERRORS = 3;

    private ExitCodes() {
    }
}
