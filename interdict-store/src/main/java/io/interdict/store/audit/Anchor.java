package io.interdict.store.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.store.db.StoreException;
import java.io.IOException;

/**
 * The heads of the audit chains at one moment, exported by {@code interdict audit anchor} to be kept
 * outside the store (a ticket, an e-mail, a write-once bucket). Verifying against it later proves the
 * log still holds those records unchanged: nothing up to them was rewritten, nothing after them cut
 * away with the head rows fixed to match.
 *
 * @param decisionSeq  the last decision record (0 for an empty log)
 * @param decisionHash its hash
 * @param reviewEvent  the last alert event in the review chain (0 for none)
 * @param reviewHash   its hash
 */
public record Anchor(long decisionSeq, String decisionHash, long reviewEvent, String reviewHash) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The anchor as a small JSON document. */
    public String toJson(String exportedAt) {
        ObjectNode o = JSON.createObjectNode();
        o.put("format", "interdict-audit-anchor/1");
        o.put("exported_at", exportedAt);
        o.putObject("decisions").put("seq", decisionSeq).put("hash", decisionHash);
        o.putObject("reviews").put("event", reviewEvent).put("hash", reviewHash);
        return o.toPrettyString() + "\n";
    }

    /** Reads an anchor written by {@link #toJson}; a wrong or incomplete file is an error naming the field. */
    public static Anchor parse(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("not an audit anchor (malformed JSON): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new StoreException("cannot read the audit anchor: " + e.getMessage(), e);
        }
        if (o == null || !"interdict-audit-anchor/1".equals(o.path("format").asText())) {
            throw new StoreException("not an audit anchor: 'format' must be interdict-audit-anchor/1");
        }
        return new Anchor(number(o, "decisions", "seq"), text(o, "decisions"), number(o, "reviews", "event"), text(o, "reviews"));
    }

    private static long number(JsonNode o, String part, String field) {
        JsonNode n = o.path(part).path(field);
        if (!n.canConvertToLong() || n.asLong() < 0) {
            throw new StoreException("audit anchor: '" + part + "." + field + "' must be a number of 0 or more");
        }
        return n.asLong();
    }

    private static String text(JsonNode o, String part) {
        String h = o.path(part).path("hash").asText("");
        if (!h.startsWith("sha256:")) {
            throw new StoreException("audit anchor: '" + part + ".hash' must be a sha256: hash");
        }
        return h;
    }
}
