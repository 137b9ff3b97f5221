package io.interdict.store.db;

/** A store operation failed (database unreachable, constraint broken, bad request to a service). */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
