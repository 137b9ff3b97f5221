package io.interdict.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes decisions in the DESIGN.md decision shape, streaming (no intermediate tree). */
public final class DecisionJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** For UTF-8 output: a character outside the BMP written as its 4 bytes, as the text's encoding has it (not as \\u escapes). */
    private static final JsonFactory UTF8 = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private DecisionJson() {
    }

    public static String toJson(Decision d) {
        StringWriter w = new StringWriter(256);
        write(d, w, null);
        return w.toString();
    }

    /** The decision as UTF-8 JSON bytes, written as such (a Kafka record value: no string in between). */
    public static byte[] toUtf8(Decision d) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(512)) {
            try (JsonGenerator g = UTF8.createGenerator(out, JsonEncoding.UTF8)) {
                write(d, g, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Writes one decision (no trailing newline); {@code line} is added for error decisions when known. */
    public static void write(Decision d, Writer out, Long line) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(d, g, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Decision d, JsonGenerator g, Long line) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("outcome", d.outcome().name());
        if (d.asOf() != null) {
            g.writeStringField("as_of", d.asOf().toString());
        }
        if (d.knownAt() != null) {
            g.writeStringField("known_at", d.knownAt().toString());
        }
        g.writeStringField("snapshot", d.snapshot());
        if (d.listsAsOf() != null) {
            g.writeStringField("lists_as_of", d.listsAsOf().toString());
        }
        g.writeArrayFieldStart("hits");
        for (Hit h : d.hits()) {
            writeHit(g, h);
        }
        g.writeEndArray();
        if (d.error() != null) {
            g.writeStringField("error", d.error());
            if (line != null) {
                g.writeNumberField("line", line);
            }
        }
        g.writeEndObject();
    }

    private static void writeHit(JsonGenerator g, Hit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("measure", h.measure());
        g.writeStringField("clause", h.clause());
        g.writeStringField("status", h.status().wire());
        g.writeStringField("effect", h.effect().name());
        g.writeNumberField("party", h.party());
        g.writeStringField("entity", h.entity());
        g.writeStringField("entity_name", h.entityName());
        g.writeStringField("matched_on", h.match().matchedOn().wire());
        g.writeStringField("query", h.match().query());
        g.writeStringField("candidate", h.match().candidate());
        g.writeNumberField("score", Math.round(h.match().score() * 10000) / 10000.0);
        g.writeArrayFieldStart("path");
        for (String p : h.path()) {
            g.writeString(p);
        }
        g.writeEndArray();
        if (h.deadline() != null) {
            g.writeStringField("deadline", h.deadline().toString());
        }
        if (h.listedSince() != null) {
            g.writeStringField("listed_since", h.listedSince());
        }
        g.writeStringField("reason", h.reason());
        if (!h.unconfirmed().isEmpty()) {
            g.writeArrayFieldStart("unconfirmed");
            for (String u : h.unconfirmed()) {
                g.writeString(u);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
