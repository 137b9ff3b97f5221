package io.interdict.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.Matchers;
import io.interdict.core.screen.Effect;
import io.interdict.core.screen.Policy;
import io.interdict.core.screen.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Typed configuration: the bundled defaults file, overridden key by key by an optional user file.
 * Validated once at start-up; unknown keys and bad values are errors naming the key.
 */
public record Config(MatcherConfig matcher, PolicyConfig policy, InputConfig input, ListsConfig lists,
                     StoreConfig store, ServerConfig server, RegimeConfig regime, String home,
                     StreamsConfig streams) {

    /** Regime overlays (docs/regime-format.md, "Overlays"): directories applied over the built-in regime, in order. */
    public record RegimeConfig(List<String> overlays) {
        public RegimeConfig {
            overlays = overlays == null ? List.of() : List.copyOf(overlays);
        }
    }

    public record MatcherConfig(String algorithm, double reviewThreshold, double blockThreshold) {
    }

    public record PolicyConfig(Map<String, String> effects) {
    }

    public record InputConfig(int maxLineChars) {
    }

    public record ListsConfig(int maxAgeDays) {
    }

    /**
     * The store (audit trail, alerts, suppressions, monitoring); see interdict-defaults.yaml.
     * {@code dataDir} is deprecated: the store lives in the home ({@link Home}) unless it is set.
     */
    public record StoreConfig(String dataDir, String dbUrl, int batchSize, boolean retainSnapshots, int rescreenMaxDelta) {
    }

    /**
     * {@code interdict serve}. Read here so a misspelt server key fails at start-up like any other key.
     *
     * @param openOnLoopback  serve without API keys, allowed only when {@code host} is a loopback address
     * @param tls             keystore settings; null or an empty keystore = plain HTTP
     */
    public record ServerConfig(String host, int port, long maxBodyBytes, int maxBatch, int maxMatchLimit,
                               int maxThreads, int workers, int maxQueued, boolean inlineWhenIdle, String dataDir, boolean openOnLoopback, List<String> corsOrigins, TlsConfig tls) {
    }

    public record TlsConfig(String keystore, String keystorePassword, String keystoreType) {
    }

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A key written twice is a mistake to report, not a silent "last one wins".
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The defaults alone. */
    public static Config defaults() {
        return load(null);
    }

    /** Defaults overridden by {@code file} (may be null). */
    public static Config load(Path file) {
        // Beside this class (io/interdict/config/), so no other copy on the class path can stand in for it.
        try (InputStream in = Config.class.getResourceAsStream("interdict-defaults.yaml")) {
            ObjectNode tree = (ObjectNode) YAML.readTree(in);
            if (file != null) {
                JsonNode user = YAML.readTree(Files.readString(file));
                if (user != null && !user.isNull() && !user.isMissingNode()) {
                    if (!user.isObject()) {
                        throw new ConfigException(file + ": expected a mapping of settings");
                    }
                    merge(tree, (ObjectNode) user);
                }
            }
            Config c = YAML.treeToValue(tree, Config.class);
            c.validate();
            return c;
        } catch (JsonMappingException e) {
            String where = file == null ? "defaults" : file.toString();
            throw new ConfigException(where + ": " + describe(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = file == null ? "defaults" : file.toString();
            var at = e.getLocation();
            throw new ConfigException(where + ": invalid YAML" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage().split("\n")[0]);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("configuration file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    /** A mapping problem as the key the user wrote, without Java class names. */
    private static String describe(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                key.append('[').append(r.getIndex()).append(']');
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            java.util.List<String> known = u.getKnownPropertyIds() == null ? java.util.List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "unknown key '" + key + "'" + (known.isEmpty() ? "" : " (known here: " + String.join(", ", known) + ")");
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "key '" + key + "': '" + f.getValue() + "' is not a valid " + f.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            return "key '" + key + "': expected " + (m.getTargetType().isRecord() || Map.class.isAssignableFrom(m.getTargetType())
                    ? "a mapping of settings" : "a " + m.getTargetType().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        String msg = e.getOriginalMessage() == null ? "invalid value" : e.getOriginalMessage().split("\n")[0];
        return "key '" + key + "': " + msg.replaceAll("`[^`]*`", "the value").replaceAll("\\(class [^)]*\\)", "");
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = base.get(e.getKey());
            if (b instanceof ObjectNode bo && e.getValue() instanceof ObjectNode eo && !e.getKey().equals("effects")) {
                merge(bo, eo);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private void validate() {
        if (!"default".equals(matcher.algorithm())) {
            try {
                Matchers.byName(matcher.algorithm());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("matcher.algorithm: " + e.getMessage());
            }
        }
        try {
            screeningPolicy();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("matcher/policy: " + e.getMessage());
        }
        if (input.maxLineChars() < 1024) {
            throw new ConfigException("input.max_line_chars: must be at least 1024");
        }
        if (lists.maxAgeDays() < 1) {
            throw new ConfigException("lists.max_age_days: must be at least 1");
        }
        if (store.batchSize() < 1 || store.batchSize() > 100_000) {
            throw new ConfigException("store.batch_size: must be between 1 and 100000");
        }
        if (store.dbUrl() != null && !store.dbUrl().isBlank() && !store.dbUrl().startsWith("jdbc:sqlite:")
                && !store.dbUrl().startsWith("jdbc:postgresql:")) {
            throw new ConfigException("store.db_url: expected a jdbc:postgresql: or jdbc:sqlite: URL");
        }
        if (store.rescreenMaxDelta() < 0) {
            throw new ConfigException("store.rescreen_max_delta: must not be negative");
        }
        if (server.port() < 0 || server.port() > 65535) {
            throw new ConfigException("server.port: must be 0..65535 (0 = any free port)");
        }
        if (server.maxBodyBytes() < 1024) {
            throw new ConfigException("server.max_body_bytes: must be at least 1024");
        }
        if (server.maxBatch() < 1) {
            throw new ConfigException("server.max_batch: must be at least 1");
        }
        if (server.maxThreads() < 4) {
            throw new ConfigException("server.max_threads: must be at least 4 (Jetty needs some for accepting and selecting)");
        }
        if (server.workers() < 0) {
            throw new ConfigException("server.workers: must be 0 (one per core) or more");
        }
        if (server.maxQueued() < 1) {
            throw new ConfigException("server.max_queued: must be at least 1");
        }
        if (server.maxMatchLimit() < 1) {
            throw new ConfigException("server.max_match_limit: must be at least 1");
        }
        if (server.host() == null || server.host().isBlank()) {
            throw new ConfigException("server.host: required");
        }
        streams.validate();
    }

    public String algorithm() {
        return "default".equals(matcher.algorithm()) ? Matchers.defaultAlgorithm() : matcher.algorithm();
    }

    /** The screening policy this configuration describes. */
    public Policy screeningPolicy() {
        Map<Status, Effect> effects = new EnumMap<>(Status.class);
        for (Map.Entry<String, String> e : policy.effects() == null ? Map.<String, String>of().entrySet() : policy.effects().entrySet()) {
            Status s;
            Effect eff;
            try {
                s = Status.of(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new ConfigException("policy.effects: " + ex.getMessage());
            }
            try {
                eff = Effect.valueOf(e.getValue().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new ConfigException("policy.effects." + e.getKey() + ": '" + e.getValue() + "' is not ALLOW, REVIEW or BLOCK");
            }
            effects.put(s, eff);
        }
        return new Policy(new MatchSettings(matcher.reviewThreshold(), matcher.blockThreshold()), effects);
    }

    /** Bad configuration, naming the key. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
