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
 * takes effect on a running server without a restart (checked at most once a second).
 */
public final class FileApiKeys implements ApiKeys {
    public static final String FILE_NAME = "api-keys.json";
    /** Visible prefix so a leaked key is recognisable by secret scanners. */
    static final String PREFIX = "idk_";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final Path file;
    private volatile Map<String, ApiKey> byHash = Map.of();
    private volatile List<ApiKey> all = List.of();
    private volatile FileTime loadedMtime;
    private volatile long lastCheck;

    public FileApiKeys(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
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
        reload();
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        ApiKey key = new ApiKey("key_" + HexFormat.of().formatHex(idBytes), name == null ? "" : name,
                EnumSet.copyOf(roles), sha256(secret), Instant.now(), null);
        List<ApiKey> next = new ArrayList<>(all);
        next.add(key);
        write(next);
        return new Created(key, secret);
    }

    @Override
    public List<ApiKey> list() {
        refreshIfChanged();
        return all;
    }

    @Override
    public synchronized boolean revoke(String id) {
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
        if (now - lastCheck < RECHECK_NANOS) {
            return;
        }
        lastCheck = now;
        try {
            FileTime m = Files.getLastModifiedTime(file);
            if (!m.equals(loadedMtime)) {
                reload();
            }
        } catch (NoSuchFileException e) {
            if (loadedMtime != null) {
                reload();
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
            for (JsonNode n : root.path("keys")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (JsonNode r : n.path("roles")) {
                    roles.add(Role.of(r.asText()));
                }
                keys.add(new ApiKey(n.path("id").asText(), n.path("name").asText(""), roles, n.path("sha256").asText(),
                        instant(n.get("created")), instant(n.get("revoked"))));
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
            o.put("created", k.created().toString());
            o.put("revoked", k.revoked() == null ? null : k.revoked().toString());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
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
