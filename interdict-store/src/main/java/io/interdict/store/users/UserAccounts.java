package io.interdict.store.users;

import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Console user accounts: a name, roles, and a PBKDF2-HMAC-SHA256 password hash (JDK only, no library).
 * The iteration count is stored with each hash, so raising it later leaves existing passwords valid.
 */
public final class UserAccounts {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second on one core. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** NIST SP 800-63B asks for at least 8 characters and no composition rules. */
    public static final int MIN_PASSWORD = 8;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An account as stored (never the password). */
    public record User(String name, Set<String> roles, String createdAt, String disabledAt) {
        public boolean active() {
            return disabledAt == null;
        }
    }

    private final Database db;
    private final Clock clock;
    private final int iterations;
    /**
     * Compared against for unknown names too, so the answer time does not reveal which names exist;
     * made on first use, so commands that never verify (users add, list) do not pay for it.
     */
    private volatile String decoy;

    public UserAccounts(Database db, Clock clock) {
        this(db, clock, DEFAULT_ITERATIONS);
    }

    public UserAccounts(Database db, Clock clock, int iterations) {
        this.db = db;
        this.clock = clock;
        this.iterations = iterations;
    }

    public User create(String name, char[] password, Set<String> roles) {
        // No ':' allowed, so no user can be named like an API key's identity (key:NAME) in the four-eyes check.
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new StoreException("a user name is 1-64 letters, digits, '.', '_', '@' or '-'");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new StoreException("a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (roles.isEmpty()) {
            throw new StoreException("a user needs at least one role");
        }
        String stored = hash(password, iterations);
        String now = Instant.now(clock).toString();
        String roleText = String.join(",", new TreeSet<>(roles));
        return db.tx(c -> {
            if (find(c, name).isPresent()) {
                throw new StoreException("user " + name + " already exists");
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO console_users (name, roles, password, created_at) VALUES (?, ?, ?, ?)")) {
                ins.setString(1, name);
                ins.setString(2, roleText);
                ins.setString(3, stored);
                ins.setString(4, now);
                ins.executeUpdate();
            }
            return find(c, name).orElseThrow();
        });
    }

    /** The active user with this name and password. */
    public Optional<User> verify(String name, char[] password) {
        if (name == null || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<Stored> s = db.tx(c -> stored(c, name));
        String hash = s.map(Stored::password).orElseGet(this::decoy);
        boolean ok = matches(password, hash);
        return ok && s.isPresent() && s.get().user().active() ? Optional.of(s.get().user()) : Optional.empty();
    }

    /** The user if it exists and is active (sessions re-check it, so disabling takes effect at once). */
    public Optional<User> active(String name) {
        return db.tx(c -> find(c, name)).filter(User::active);
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = hash("decoy password".toCharArray(), iterations);
            decoy = d;
        }
        return d;
    }

    public List<User> list() {
        return db.tx(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT name, roles, created_at, disabled_at FROM console_users ORDER BY name");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(user(rs));
                }
            }
            return out;
        });
    }

    public boolean disable(String name) {
        return db.tx(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE console_users SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL")) {
                up.setString(1, Instant.now(clock).toString());
                up.setString(2, name);
                return up.executeUpdate() == 1;
            }
        });
    }

    private record Stored(User user, String password) {
    }

    private static Optional<Stored> stored(Connection c, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT name, roles, created_at, disabled_at, password FROM console_users WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(user(rs), rs.getString(5))) : Optional.empty();
            }
        }
    }

    private static Optional<User> find(Connection c, String name) throws SQLException {
        return stored(c, name).map(Stored::user);
    }

    private static User user(ResultSet rs) throws SQLException {
        Set<String> roles = new TreeSet<>(Arrays.asList(rs.getString(2).split(",")));
        return new User(rs.getString(1), roles, rs.getString(3), rs.getString(4));
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derive(password, salt, iterations));
    }

    static boolean matches(char[] password, String stored) {
        String[] p = stored.split("\\$");
        if (p.length != 4 || !p[0].equals(SCHEME)) {
            throw new StoreException("unknown password hash format");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] want = b64.decode(p[3]);
        byte[] got = derive(password == null ? new char[0] : password, b64.decode(p[2]), Integer.parseInt(p[1]));
        return MessageDigest.isEqual(want, got);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
