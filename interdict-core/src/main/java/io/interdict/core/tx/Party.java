package io.interdict.core.tx;

import io.interdict.core.entity.Identifier;
import java.util.List;

/**
 * A party to a transaction as the caller describes it. Name or identifiers (or both).
 *
 * @param traits birth date, nationality, gender... when the caller gives them (scored by
 *               {@code interdict-v2}); never null
 */
public record Party(String role, String name, String country, List<Identifier> ids, Traits traits) {
    public Party {
        ids = ids == null ? List.of() : List.copyOf(ids);
        traits = traits == null ? Traits.NONE : traits;
    }

    public Party(String role, String name, String country, List<Identifier> ids) {
        this(role, name, country, ids, Traits.NONE);
    }

    /** The traits to score: the caller's, with the party's country and identifiers. */
    public Traits scoredTraits() {
        List<String> countries = traits.countries().isEmpty() && country != null ? List.of(country) : traits.countries();
        return new Traits(traits.birthDates(), traits.nationalities(), countries, traits.gender(),
                traits.identifiers().isEmpty() ? ids : traits.identifiers());
    }
}
