package io.interdict.server.http;

/**
 * One query parameter an endpoint accepts. Anything not declared is rejected with 400, so a misspelt
 * {@code ?jurisdicton=GB} is not silently screened under the default jurisdiction.
 *
 * @param repeatable may be given more than once ({@code ?id=a&id=b})
 */
public record Param(String name, String type, String description, boolean required, boolean repeatable) {
    public static Param of(String name, String type, String description) {
        return new Param(name, type, description, false, false);
    }

    public static Param required(String name, String type, String description) {
        return new Param(name, type, description, true, false);
    }

    public static Param many(String name, String type, String description) {
        return new Param(name, type, description, false, true);
    }
}
