package io.interdict.core.tx;

import io.interdict.core.entity.Identifier;
import java.util.List;

/** A party to a transaction as the caller describes it. Name or identifiers (or both). */
public record Party(String role, String name, String country, List<Identifier> ids) {
    public Party {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }
}
