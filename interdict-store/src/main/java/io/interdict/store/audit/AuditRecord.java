package io.interdict.store.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One stored decision, as it sits in the append-only log.
 *
 * @param seq           position in the chain, from 1, without gaps
 * @param txKey         the transaction id (unique: screening it again stores nothing new)
 * @param channel       how it arrived: cli-batch, cli-check, http, stream, rescreen
 * @param snapshot      hash of the snapshot the decision was made with
 * @param engineVersion version of the engine that decided
 * @param algorithm     name and version of the matching algorithm
 * @param input         the transaction as {@link TransactionJson}, or {@code {}} for unreadable input
 * @param decision      the decision as DESIGN.md's JSON
 * @param prevHash      hash of the record before (or the genesis value)
 * @param hash          sha256(prevHash || canonical form of this record)
 */
public record AuditRecord(long seq, String txKey, String recordedAt, String caller, String channel, String outcome,
                          String snapshot, String engineVersion, String algorithm, String input, String decision,
                          String prevHash, String hash) {
    public static final String GENESIS = "sha256:genesis";

    /**
     * The bytes hashed for a record: each field as {@code name=length:value\n}. The length prefix makes
     * the form unambiguous (no value can forge a field boundary), and it needs no JSON canonicalisation.
     */
    public static String canonical(long seq, String txKey, String recordedAt, String caller, String channel, String outcome,
                                   String snapshot, String engineVersion, String algorithm, String input, String decision) {
        StringBuilder sb = new StringBuilder(input.length() + decision.length() + 256);
        field(sb, "seq", Long.toString(seq));
        field(sb, "tx", txKey);
        field(sb, "recorded_at", recordedAt);
        field(sb, "caller", caller);
        field(sb, "channel", channel);
        field(sb, "outcome", outcome);
        field(sb, "snapshot", snapshot);
        field(sb, "engine", engineVersion);
        field(sb, "algorithm", algorithm);
        field(sb, "input", input);
        field(sb, "decision", decision);
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    public static String chain(String prevHash, String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prevHash.getBytes(StandardCharsets.UTF_8));
            md.update(canonical.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash this record should carry, recomputed from its fields. */
    public String expectedHash() {
        return chain(prevHash, canonical(seq, txKey, recordedAt, caller, channel, outcome, snapshot, engineVersion,
                algorithm, input, decision));
    }
}
