package io.interdict.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Strict reading of request JSON objects: unknown fields and wrong types are 400s naming the field. */
public final class JsonFields {
    private JsonFields() {
    }

    public static void onlyKnown(JsonNode o, Set<String> allowed, String where) {
        TreeSet<String> unknown = new TreeSet<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                unknown.add(where + f);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiError.badRequest("unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown.stream().map(s -> "'" + Requests.shorten(s) + "'").toList())
                    + "; accepted: " + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    public static JsonNode object(JsonNode n, String field) {
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest("'" + field + "': expected an object, found " + type(n));
        }
        return n;
    }

    public static String text(JsonNode o, String field, String where, boolean required) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiError.badRequest("field '" + where + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("field '" + where + field + "': expected a string, found " + type(v));
        }
        return v.asText();
    }

    /** A string or an array of strings, as FollowTheMoney properties and list filters are written. */
    public static List<String> texts(JsonNode v, String name) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (v.isNumber() || v.isBoolean()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("'" + name + "': expected a string or an array of strings, found " + type(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e.isTextual() || e.isNumber() || e.isBoolean()) {
                out.add(e.asText());
            } else if (!e.isNull()) {
                throw ApiError.badRequest("'" + name + "[" + i + "]': expected a string, found " + type(e));
            }
        }
        return out;
    }

    public static Integer integer(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiError.badRequest("field '" + where + field + "': expected an integer, found " + type(v));
        }
        return v.intValue();
    }

    public static String type(JsonNode n) {
        return n == null ? "nothing" : n.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
