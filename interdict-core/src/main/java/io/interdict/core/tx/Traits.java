package io.interdict.core.tx;

import io.interdict.core.entity.Identifier;
import java.util.List;

/**
 * What a query says about a party besides its name: birth dates ("1972-11-21", "1972", "1970..1975"),
 * nationalities and countries (ISO alpha-2 codes or English names), gender ("male"/"female"/"m"/"f")
 * and identifiers (passport, national id). All optional: absence is neutral.
 */
public record Traits(List<String> birthDates, List<String> nationalities, List<String> countries, String gender,
                     List<Identifier> identifiers) {
    public static final Traits NONE = new Traits(List.of(), List.of(), List.of(), null, List.of());

    public Traits {
        birthDates = clean(birthDates);
        nationalities = clean(nationalities);
        countries = clean(countries);
        gender = gender == null || gender.isBlank() ? null : gender.strip();
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    private static List<String> clean(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        // A loop, not a stream: a batch of queries (match --input) makes three of these per query.
        List<String> out = new java.util.ArrayList<>(values.size());
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(out);
    }

    /** One of each, any of them null or blank. */
    public static Traits of(String birthDate, String nationality, String country, String gender) {
        return new Traits(birthDate == null ? List.of() : List.of(birthDate), nationality == null ? List.of() : List.of(nationality),
                country == null ? List.of() : List.of(country), gender, List.of());
    }

    public boolean isEmpty() {
        return birthDates.isEmpty() && nationalities.isEmpty() && countries.isEmpty() && gender == null && identifiers.isEmpty();
    }

    public Traits withIdentifiers(List<Identifier> ids) {
        return new Traits(birthDates, nationalities, countries, gender, ids);
    }
}
