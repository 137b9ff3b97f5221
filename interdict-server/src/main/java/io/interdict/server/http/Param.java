package io.interdict.server.http;

/**
 * One query parameter an endpoint accepts. Anything not declared is rejected with 400, so a misspelt
 * {@code ?jurisdicton=GB} is not silently screened under the default jurisdiction.
 *
 * @param repeatable may be given more than once ({@code ?id=a&id=b})
 */
public record Param(String name, String type, String description, boolean required, boolean repeatable) {
    /** The name of the marker that makes an endpoint ignore (and log) parameters it does not declare. */
    public static final String OTHERS = "*";

    /**
     * Declares that parameters not listed are ignored and logged (by name only) rather than refused:
     * yente's clients send parameters of other yente versions ({@code fuzzy}, {@code partition}).
     */
    public static Param others(String description) {
        return new Param(OTHERS, "string", description, false, true);
    }

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
