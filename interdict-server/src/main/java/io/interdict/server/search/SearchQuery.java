package io.interdict.server.search;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import java.util.List;
import java.util.function.Predicate;

/**
 * One search. A parameter record rather than a long argument list, so adding a field does not touch
 * every caller.
 *
 * @param names   names to look for (any may match); may be empty when {@code ids} are given
 * @param kind    restrict to this kind, or null
 * @param country the query's country (ISO alpha-2), or null; used by matchers that weigh it
 * @param filter  which entities may be returned (datasets, schema exclusions)
 * @param traits  what else the query says (birth date, nationality, gender, ids), scored by interdict-v2
 */
public record SearchQuery(List<String> names, List<Identifier> ids, EntityKind kind, String country,
                          Predicate<Entity> filter, int limit, io.interdict.core.tx.Traits traits) {
    public SearchQuery {
        names = List.copyOf(names);
        ids = List.copyOf(ids);
        filter = filter == null ? e -> true : filter;
        traits = traits == null ? io.interdict.core.tx.Traits.NONE : traits;
    }

    /** Without traits (birth date, nationality...): names and identifiers only. */
    public SearchQuery(List<String> names, List<Identifier> ids, EntityKind kind, String country,
                       Predicate<Entity> filter, int limit) {
        this(names, ids, kind, country, filter, limit, null);
    }

    public static SearchQuery name(String name, Predicate<Entity> filter, int limit) {
        return new SearchQuery(List.of(name), List.of(), null, null, filter, limit);
    }
}
