package io.interdict.lists.update;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The typed form of {@code lists/sources.yaml}; unknown keys are errors. */
public record SourcesConfig(Settings settings, Map<String, Source> sources) {
    public record Settings(@JsonProperty("connect_timeout_seconds") int connectTimeoutSeconds,
                           @JsonProperty("request_timeout_seconds") int requestTimeoutSeconds,
                           @JsonProperty("retries") int retries,
                           @JsonProperty("backoff_millis") long backoffMillis,
                           @JsonProperty("max_bytes") long maxBytes,
                           @JsonProperty("max_shrink") double maxShrink) {
        public Settings {
            if (retries < 0 || backoffMillis < 0 || maxBytes <= 0 || maxShrink < 0 || maxShrink > 1
                    || connectTimeoutSeconds <= 0 || requestTimeoutSeconds <= 0) {
                throw new IllegalArgumentException("invalid list update settings: " + this);
            }
        }

        public Duration connectTimeout() {
            return Duration.ofSeconds(connectTimeoutSeconds);
        }

        public Duration requestTimeout() {
            return Duration.ofSeconds(requestTimeoutSeconds);
        }
    }

    public record Source(List<FileSpec> files) {
    }

    public record FileSpec(String name, String url) {
    }

    public SourcesConfig {
        sources = sources == null ? Map.of() : new LinkedHashMap<>(sources);
    }

    public static SourcesConfig load() {
        try (InputStream in = SourcesConfig.class.getClassLoader().getResourceAsStream("lists/sources.yaml")) {
            if (in == null) {
                throw new IllegalStateException("lists/sources.yaml missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourcesConfig parse(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(in, SourcesConfig.class);
    }

    /** The same config with every URL's scheme-and-host replaced (tests point it at a local server). */
    public SourcesConfig withSettings(Settings s) {
        return new SourcesConfig(s, sources);
    }
}
