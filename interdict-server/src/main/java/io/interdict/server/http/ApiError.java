package io.interdict.server.http;

/**
 * A request the server refuses, with the HTTP status and a message naming the offending parameter or
 * field. Thrown anywhere in a handler; turned into a JSON error body in one place ({@code Errors}).
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError tooLarge(String message) {
        return new ApiError(413, message);
    }

    public static ApiError unavailable(String message) {
        return new ApiError(503, message);
    }
}
