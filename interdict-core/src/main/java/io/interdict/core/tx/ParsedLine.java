package io.interdict.core.tx;

/**
 * One input record: a transaction, or the error that kept it from being one.
 *
 * @param line  1-based line number in the input
 * @param id    the transaction id when it could be read (also for errors), else null
 */
public record ParsedLine(long line, String id, Transaction transaction, String error) {
    public static ParsedLine ok(long line, Transaction tx) {
        return new ParsedLine(line, tx.id(), tx, null);
    }

    public static ParsedLine error(long line, String id, String message) {
        return new ParsedLine(line, id, null, "line " + line + ": " + message);
    }

    public boolean isError() {
        return error != null;
    }
}
