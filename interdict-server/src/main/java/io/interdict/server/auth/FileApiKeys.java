package io.interdict.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API keys in {@code <data dir>/api-keys.json}: id, name, roles and the SHA-256 of each secret.
 * A secret is 32 random bytes, so an unsalted hash is enough: there is no dictionary to attack.
 * The server re-reads the file when its modification time changes, so {@code interdict keys revoke}
 * takes effect on a running server without a restart (checked at most once a second). A file that
 * cannot be read while serving (a hand edit gone wrong) is logged and the last good keys stay in
 * force: one typo must not turn every request into an error.
 *
 * <p>Changes (create, revoke) read, change and replace the file under an exclusive lock on
 * {@code api-keys.json.lock}, so two {@code interdict keys} processes at once never lose each
 * other's change.
 */
public final class FileApiKeys implements ApiKeys {
    public static final String FILE_NAME = "api-keys.json";
    /** Visible prefix so a leaked key is recognisable by secret scanners. */
    static final String PREFIX = "idk_";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private static final System.Logger LOG = System.getLogger(FileApiKeys.class.getName());

    private final Path file;
    private volatile Map<String, ApiKey> byHash = Map.of();
    private volatile List<ApiKey> all = List.of();
    private volatile FileTime loadedMtime;
    private volatile long lastCheck;
    /** The modification time of a file already reported as unreadable, so it is logged once, not per request. */
    private volatile FileTime reportedBad;

    private final long recheckNanos;

    public FileApiKeys(Path dataDir) {
        this(dataDir, RECHECK_NANOS);
    }

    /** @param recheckNanos how often verify looks for a changed file (tests: 0, every time) */
    FileApiKeys(Path dataDir, long recheckNanos) {
        this.file = dataDir.resolve(FILE_NAME);
        this.recheckNanos = recheckNanos;
        reload();
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<ApiKey> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        refreshIfChanged();
        // Looked up by hash: the comparison never touches the secret, so there is no timing oracle on it.
        ApiKey k = byHash.get(sha256(presented));
        return k != null && k.active() ? Optional.of(k) : Optional.empty();
    }

    @Override
    public synchronized Created create(String name, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a key needs at least one role");
        }
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        ApiKey key = new ApiKey("key_" + HexFormat.of().formatHex(idBytes), name == null ? "" : name,
                EnumSet.copyOf(roles), sha256(secret), Instant.now(), null);
        try (KeyFileLock lock = KeyFileLock.acquire(file)) {
            reload();
            List<ApiKey> next = new ArrayList<>(all);
            next.add(key);
            write(next);
        }
        return new Created(key, secret);
    }

    @Override
    public List<ApiKey> list() {
        refreshIfChanged();
        return all;
    }

    @Override
    public synchronized boolean revoke(String id) {
        try (KeyFileLock lock = KeyFileLock.acquire(file)) {
            return revokeLocked(id);
        }
    }

    private boolean revokeLocked(String id) {
        reload();
        List<ApiKey> next = new ArrayList<>();
        boolean found = false;
        for (ApiKey k : all) {
            if (k.id().equals(id) && k.active()) {
                next.add(new ApiKey(k.id(), k.name(), k.roles(), k.sha256(), k.created(), Instant.now()));
                found = true;
            } else {
                next.add(k);
            }
        }
        if (found) {
            write(next);
        }
        return found;
    }

    private void refreshIfChanged() {
        long now = System.nanoTime();
        if (now - lastCheck < recheckNanos) {
            return;
        }
        lastCheck = now;
        try {
            FileTime m = Files.getLastModifiedTime(file);
            if (!m.equals(loadedMtime) && !m.equals(reportedBad)) {
                try {
                    reload();
                } catch (RuntimeException e) {
                    // Keep serving with the last good keys (revoked ones stay revoked); say so once per change.
                    reportedBad = m;
                    LOG.log(System.Logger.Level.ERROR, "interdict serve: " + e.getMessage()
                            + "; still serving with the " + all.size() + " key(s) loaded before; fix the file to apply changes");
                }
            }
        } catch (NoSuchFileException e) {
            if (loadedMtime != null) {
                LOG.log(System.Logger.Level.ERROR, "interdict serve: API key file " + file
                        + " disappeared; still serving with the keys loaded before");
                loadedMtime = null;
            }
        } catch (IOException e) {
            // Keep serving with the keys already loaded; a transient read error must not lock everyone out.
        }
    }

    private synchronized void reload() {
        try {
            if (!Files.exists(file)) {
                set(List.of(), null);
                return;
            }
            FileTime m = Files.getLastModifiedTime(file);
            JsonNode root = JSON.readTree(Files.readString(file));
            List<ApiKey> keys = new ArrayList<>();
            if (root == null || !root.path("keys").isArray()) {
                throw new IllegalArgumentException("expected an object with a \"keys\" array");
            }
            int i = 0;
            for (JsonNode n : root.path("keys")) {
                String where = "keys[" + i++ + "]";
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (JsonNode r : n.path("roles")) {
                    roles.add(Role.of(r.asText()));
                }
                String id = n.path("id").asText("");
                String hash = n.path("sha256").asText("");
                if (id.isEmpty() || !hash.matches("[0-9a-f]{64}") || roles.isEmpty()) {
                    throw new IllegalArgumentException(where + ": needs an id, a sha256 of 64 hex digits and a role");
                }
                try {
                    keys.add(new ApiKey(id, n.path("name").asText(""), roles, hash,
                            instant(n.get("created")), instant(n.get("revoked"))));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
            set(keys, m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read API key file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("API key file " + file + ": " + e.getMessage(), e);
        }
    }

    private void set(List<ApiKey> keys, FileTime mtime) {
        Map<String, ApiKey> m = new HashMap<>();
        for (ApiKey k : keys) {
            m.put(k.sha256(), k);
        }
        byHash = Map.copyOf(m);
        all = List.copyOf(keys);
        loadedMtime = mtime;
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asText());
    }

    /** Writes a temporary file and renames it, so a running server never reads half a file. */
    private void write(List<ApiKey> keys) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode arr = root.putArray("keys");
        for (ApiKey k : keys) {
            ObjectNode o = arr.addObject();
            o.put("id", k.id());
            o.put("name", k.name());
            ArrayNode roles = o.putArray("roles");
            k.roles().stream().sorted().forEach(r -> roles.add(r.wire()));
            o.put("sha256", k.sha256());
            o.put("created", k.created() == null ? null : k.created().toString());
            o.put("revoked", k.revoked() == null ? null : k.revoked().toString());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE_NAME + ".", ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            try {
                // Hashes only, but still nobody else's business: owner read/write, as for an SSH key.
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the folder's ACL applies.
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write API key file " + file + ": " + e.getMessage(), e);
        }
        reload();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
