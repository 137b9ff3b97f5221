package io.interdict.store.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.interdict.core.entity.Identifier;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionParser;
import io.interdict.store.db.StoreException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A transaction as stored with its decision: the DESIGN.md JSON Lines shape in a fixed field order,
 * so the same transaction always serialises to the same bytes (it is hashed into the audit chain)
 * and reads back through the one {@link TransactionParser} the engine uses for input.
 */
public final class TransactionJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private TransactionJson() {
    }

    public static String write(Transaction tx) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", tx.id());
            g.writeStringField("date", tx.date().toString());
            if (tx.knownAt() != null) {
                g.writeStringField("known_at", tx.knownAt().toString());
            }
            g.writeStringField("kind", tx.kind().wire());
            g.writeStringField("jurisdiction", tx.jurisdiction());
            g.writeArrayFieldStart("parties");
            for (Party p : tx.parties()) {
                g.writeStartObject();
                if (p.role() != null) {
                    g.writeStringField("role", p.role());
                }
                if (p.name() != null) {
                    g.writeStringField("name", p.name());
                }
                if (p.country() != null) {
                    g.writeStringField("country", p.country());
                }
                if (!p.ids().isEmpty()) {
                    g.writeArrayFieldStart("ids");
                    for (Identifier id : p.ids()) {
                        g.writeString(id.toString());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (tx.equipment() != null) {
                g.writeObjectFieldStart("equipment");
                if (tx.network() != null) {
                    g.writeStringField("network", tx.network());
                }
                if (tx.domain() != null) {
                    g.writeStringField("domain", tx.domain());
                }
                g.writeEndObject();
            }
            if (tx.amount() != null) {
                g.writeStringField("amount", tx.amount());
            }
            if (tx.currency() != null) {
                g.writeStringField("currency", tx.currency());
            }
            if (tx.memo() != null) {
                g.writeStringField("memo", tx.memo());
            }
            if (tx.deviceOwner() != null) {
                g.writeStringField("device_owner", tx.deviceOwner());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Reads a stored transaction back; stored inputs were valid when written, so failure is corruption. */
    public static Transaction read(String json) {
        ParsedLine p = new TransactionParser().parseJson(json, 1);
        if (p.isError()) {
            throw new StoreException("stored input cannot be read back: " + p.error());
        }
        return p.transaction();
    }
}
