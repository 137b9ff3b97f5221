package io.interdict.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A legal measure: an order, statute, direction, or a sanctions list (whose targets are its entries).
 *
 * @param jurisdictions ISO 3166-1 alpha-2 countries or ISO 3166-2 subdivisions where it binds;
 *                      {@code *} = everywhere (UN measures)
 * @param list          true for an imported list: every entity of {@code listSource} is a target
 * @param listSource    the entity id prefix of the list's entries ({@code ofac-sdn})
 * @param shortTitle    how a reason names it: "EO 13971", "OFAC SDN List"
 */
public record Measure(String id, String shortTitle, String title, String authority, Set<String> jurisdictions,
                      List<Citation> citations, List<Event> events, List<Prohibition> prohibitions,
                      List<Obligation> obligations, boolean list, String listSource, List<String> notes) {
    public Measure {
        Objects.requireNonNull(id, "id");
        shortTitle = shortTitle == null ? id : shortTitle;
        jurisdictions = jurisdictions == null ? Set.of() : Set.copyOf(jurisdictions);
        citations = citations == null ? List.of() : List.copyOf(citations);
        events = events == null ? List.of() : List.copyOf(events);
        prohibitions = prohibitions == null ? List.of() : List.copyOf(prohibitions);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether it binds in a jurisdiction: a subdivision ({@code US-MT}) is bound by its own and its country's measures. */
    public boolean bindsIn(String jurisdiction) {
        return jurisdictions.contains("*") || jurisdictions.contains(jurisdiction)
                || jurisdictions.contains(Jurisdiction.country(jurisdiction));
    }

    /** Whether it binds in a subdivision only through the subdivision's country (a national measure in US-MT). */
    public boolean bindsThroughCountry(String jurisdiction) {
        return Jurisdiction.isSubdivision(jurisdiction) && !jurisdictions.contains(jurisdiction)
                && !jurisdictions.contains("*");
    }

    public Optional<Prohibition> prohibition(String clause) {
        return prohibitions.stream().filter(p -> p.clause().equals(clause)).findFirst();
    }
}
