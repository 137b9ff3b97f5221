package io.interdict.lists.compiled;

import io.interdict.core.codec.Decoder;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.snapshot.Snapshot;
import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * An opened compiled snapshot: the snapshot (entities decoded on demand) and the prepared index of a
 * matcher, read from its section when the file has one, otherwise built in memory. Also the result of
 * a compilation, which already holds the matcher it just built.
 */
public final class CompiledSnapshot {
    /** The section of the identifier index, which every matcher shares (an identifier match is always 1.0). */
    public static final String IDENTIFIERS = "identifiers/1";

    private final Snapshot snapshot;
    private final CompiledFile file;
    private final MatcherFactory built;
    private final PartyMatcher builtMatcher;
    private final Consumer<String> notices;
    /** Builds a matcher whose index the file lacks and adds the index to the file; null: build in memory only. */
    private final java.util.function.BiFunction<MatcherFactory, MatchSettings, PartyMatcher> addIndex;

    CompiledSnapshot(Snapshot snapshot, CompiledFile file, MatcherFactory built, PartyMatcher builtMatcher, Consumer<String> notices,
                     java.util.function.BiFunction<MatcherFactory, MatchSettings, PartyMatcher> addIndex) {
        this.snapshot = snapshot;
        this.file = file;
        this.built = built;
        this.builtMatcher = builtMatcher;
        this.notices = notices;
        this.addIndex = addIndex;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The memory-mapped file this was read from, or null when it was compiled by this process. */
    public CompiledFile file() {
        return file;
    }

    /**
     * The algorithm's matcher over the snapshot: from the compiled section when present (milliseconds),
     * else built (seconds; the file lacks the section, e.g. after a change of algorithm) and added to
     * the file, so that the next process reads it.
     */
    public PartyMatcher matcher(MatcherFactory factory, MatchSettings settings) {
        if (builtMatcher != null && built.algorithm().equals(factory.algorithm())) {
            return builtMatcher;
        }
        if (file != null && factory.codec().isPresent()) {
            var codec = factory.codec().get();
            ByteBuffer section = file.section(codec.section());
            if (section != null) {
                try {
                    return codec.read(new Decoder(section), snapshot, settings);
                } catch (Decoder.CorruptDataException e) {
                    notices.accept("the compiled index " + codec.section() + " does not read (" + e.getMessage()
                            + "); building it in memory");
                }
            } else if (addIndex != null) {
                return addIndex.apply(factory, settings);
            } else {
                notices.accept("the compiled snapshot has no index for " + factory.algorithm() + "; building it in memory");
            }
        }
        return factory.build(snapshot.entities(), settings);
    }

    /**
     * A matcher that loads the algorithm's index only when a party has a name: a party given by
     * identifiers alone is matched through the shared identifier index, exactly as every matcher does.
     */
    public PartyMatcher lazyMatcher(MatcherFactory factory, MatchSettings settings) {
        IdentifierIndex identifiers = identifiers();
        return new LazyMatcher(factory.algorithm(), identifiers, () -> matcher(factory, settings));
    }

    private IdentifierIndex identifiers() {
        ByteBuffer section = file == null ? null : file.section(IDENTIFIERS);
        if (section != null) {
            try {
                return IdentifierIndex.read(new Decoder(section), snapshot);
            } catch (Decoder.CorruptDataException e) {
                notices.accept("the compiled identifier index does not read (" + e.getMessage() + "); building it in memory");
            }
        }
        return null;
    }
}
