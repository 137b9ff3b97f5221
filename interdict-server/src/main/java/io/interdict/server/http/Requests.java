package io.interdict.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reading a request strictly: bounded bodies, JSON errors with their position, typed query parameters. */
public final class Requests {
    /**
     * Duplicate keys are an error: {@code {"name":"a","name":"b"}} must not screen only one of the two.
     * Nesting is capped well below Jackson's default so a body of 100k '[' cannot exhaust the stack.
     */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private Requests() {
    }

    /**
     * The body as UTF-8 text, at most {@code limit} bytes (413 beyond). Reads the stream itself rather
     * than trusting Content-Length, which a chunked request does not send.
     */
    public static String body(Context ctx, long limit) {
        return body(ctx, limit, Long.MAX_VALUE);
    }

    /** {@link #body(Context, long)}, refused with 408 unless the whole body has arrived by {@code deadlineNanos} (System.nanoTime). */
    public static String body(Context ctx, long limit, long deadlineNanos) {
        String read = ctx.attribute(BODY);
        if (read != null) {
            return read;
        }
        String text = readBody(ctx, limit, deadlineNanos);
        ctx.attribute(BODY, text);
        return text;
    }

    /**
     * A body that must be JSON: a declared Content-Type other than JSON ({@code application/json} or any
     * {@code +json} type) is refused with 415, so a {@code text/plain} or form body is not parsed as if
     * it were JSON. No Content-Type at all is read as JSON (older scripts send none).
     */
    public static String jsonBody(Context ctx, long limit) {
        requireJson(ctx);
        return body(ctx, limit);
    }

    /** 415 unless the request's Content-Type (if any) is JSON. */
    public static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || type.isBlank()) {
            return;
        }
        String media = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            throw new ApiError(415, "Content-Type '" + shorten(media) + "' is not accepted here; send the body as application/json");
        }
    }

    /** The request attribute holding a body already read (bodies are read once, on Jetty's thread). */
    private static final String BODY = "interdict.body";

    private static String readBody(Context ctx, long limit, long deadlineNanos) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ApiError.tooLarge("request body of " + declared + " bytes exceeds the limit of " + limit + " bytes");
        }
        byte[] bytes;
        try (InputStream in = new DeadlineInputStream(ctx.req().getInputStream(), deadlineNanos)) {
            bytes = declared >= 0 ? exactly(in, (int) declared) : upTo(in, limit);
        } catch (org.eclipse.jetty.http.BadMessageException e) {
            // Jetty's minimum data rate (ClientLimits): a body trickling in is a 408, not a server error.
            throw new ApiError(e.getCode(), "request body: " + e.getReason());
        } catch (IOException e) {
            if (isTimeout(e)) {
                throw new ApiError(408, "request body not received in time: the client stopped sending");
            }
            throw ApiError.badRequest("could not read the request body: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // The lenient decoder marks malformed input with U+FFFD: only then is the strict one needed,
        // to tell a replacement character the client sent from one the decoder made.
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw ApiError.badRequest("request body is not valid UTF-8");
            }
        }
        return text;
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A body of declared length: read into an array of that size. */
    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw ApiError.badRequest("request body ended after " + bytes.length + " of " + length + " declared bytes");
        }
        return bytes;
    }

    /** A body without declared length (chunked): read until the end, refused beyond the limit. */
    private static byte[] upTo(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) != -1) {
            total += n;
            if (total > limit) {
                throw ApiError.tooLarge("request body exceeds the limit of " + limit + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Parses JSON; a syntax error is a 400 naming line and column. */
    public static JsonNode json(String text) {
        if (text.isBlank()) {
            throw ApiError.badRequest("request body is empty; expected JSON");
        }
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || n.isMissingNode()) {
                throw ApiError.badRequest("request body is empty; expected JSON");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON" + position(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    static String position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // Jackson quotes the offending input; keep error bodies short whatever the client sent.
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** A single-valued query parameter, or null. Repeats of a single-valued parameter are an error. */
    public static String param(Context ctx, String name) {
        List<String> values = ctx.queryParamMap().get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.badRequest("query parameter '" + name + "' given " + values.size() + " times; expected once");
        }
        return values.get(0);
    }

    public static List<String> params(Context ctx, String name) {
        return ctx.queryParamMap().getOrDefault(name, List.of());
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'" + name + "': '" + shorten(value) + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    public static int integer(String value, String name, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        int v;
        try {
            v = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "': '" + shorten(value) + "' is not an integer");
        }
        if (v < min) {
            throw ApiError.badRequest("'" + name + "': must be at least " + min);
        }
        if (v > max) {
            throw ApiError.tooLarge("'" + name + "': " + v + " exceeds the maximum of " + max);
        }
        return v;
    }

    public static double number(String value, String name, double dflt, double min, double max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "': '" + shorten(value) + "' is not a number");
        }
        if (!(v >= min && v <= max)) {
            throw ApiError.badRequest("'" + name + "': must be between " + min + " and " + max);
        }
        return v;
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw ApiError.badRequest("'" + name + "': '" + shorten(value) + "' is not true or false");
        };
    }

    /** Echoing client input in an error message: bounded, so a 1 MB parameter is not reflected whole. */
    public static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
