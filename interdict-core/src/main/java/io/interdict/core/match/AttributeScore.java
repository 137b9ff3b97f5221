package io.interdict.core.match;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.tx.Traits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secondary attributes as scored features ({@code interdict-v2}): what the query says about birth
 * date, nationality, country, gender and identifiers against what the list says about the entity.
 * A conflict lowers the name score, an agreement raises it a little (at most {@link #MAX_RAISE} in
 * all), absence on either side is neutral. Each feature that moved the score is named in the result.
 *
 * <pre>
 * feature               share    when
 * dob_match             +0.05    a full date equal on both sides
 * dob_year_match        +0.02    years overlap (a year or a span on one side)
 * dob_day_mismatch      -0.20    same year, both full dates, none equal
 * dob_year_near         -0.10    no year shared, but one year apart (a list or a typist off by one)
 * dob_year_mismatch     -0.30    every year two or more apart
 * nationality_match     +0.03    a nationality the list gives
 * nationality_mismatch  -0.20    the list gives nationalities (or countries) and none is the query's
 * country_match         +0.01    the query's country among the entity's countries
 * country_mismatch      -0.10    the entity has countries and none is the query's country or nationality
 * gender_mismatch       -0.20    both given and different (persons)
 * identifier_match      +0.10    an identifier of the same scheme and value
 * identifier_mismatch   -0.05    the entity has identifiers of the query's scheme and none is equal
 * not_a_person          -0.20    the query gives a birth date or gender (only people have them) and the entity
 *                                is an organisation, vessel, aircraft or app
 * </pre>
 * Anchors: OpenSanctions' logic-v2 subtracts 0.15 for disjoint birth years, 0.25 for disjoint days,
 * 0.2 for a country or gender mismatch and rewards nothing; here a year apart costs less than a decade
 * apart, and agreement counts.
 */
public final class AttributeScore {
    static final double DOB_MATCH = 0.05;
    static final double DOB_YEAR_MATCH = 0.02;
    static final double DOB_DAY_MISMATCH = -0.20;
    static final double DOB_YEAR_NEAR = -0.10;
    static final double DOB_YEAR_MISMATCH = -0.30;
    static final double NATIONALITY_MATCH = 0.03;
    static final double NATIONALITY_MISMATCH = -0.20;
    static final double COUNTRY_MATCH = 0.01;
    static final double COUNTRY_MISMATCH = -0.10;
    static final double GENDER_MISMATCH = -0.20;
    static final double IDENTIFIER_MATCH = 0.10;
    static final double IDENTIFIER_MISMATCH = -0.05;
    /** Agreement alone never makes a weak name strong: all raises together at most this. */
    public static final double MAX_RAISE = 0.08;
    /** A person's traits against a company: "Đinh Cường", born 1980, is not "THINH CUONG COMPANY LIMITED". */
    static final double NOT_A_PERSON = -0.20;

    /** What the list says about one entity, read once when the index is built. */
    public record EntityFacts(List<BirthDates.Span> birth, Set<String> nationalities, Set<String> countries,
                              String gender, List<Identifier> identifiers, boolean person, String kind) {
        public static EntityFacts of(Entity e) {
            List<BirthDates.Span> birth = BirthDates.parse(e.attributes().getOrDefault("birth_date", List.of()));
            Set<String> nat = new LinkedHashSet<>();
            // Importers store the codes of the names they know ("Russian Federation" -> RU) under nationality_code.
            for (String v : e.attributes().getOrDefault("nationality_code", List.of())) {
                nat.add(v);
            }
            for (String v : e.attributes().getOrDefault("citizenship_code", List.of())) {
                nat.add(v);
            }
            for (String key : List.of("nationality", "citizenship")) {
                for (String v : e.attributes().getOrDefault(key, List.of())) {
                    String c = CountryCodes.code(v);
                    if (c != null) {
                        nat.add(c);
                    }
                }
            }
            Set<String> countries = new LinkedHashSet<>(e.countries());
            countries.addAll(nat);
            // OFAC's CSV and XML give gender as an identifier type ("Gender: Male"), read as id_gender.
            List<String> g = e.attributes().getOrDefault("gender", e.attributes().getOrDefault("id_gender", List.of()));
            return new EntityFacts(birth, nat, countries, g.isEmpty() ? null : AttributeScore.gender(g.get(0)), e.identifiers(),
                    e.kind() == EntityKind.PERSON || e.kind() == EntityKind.UNKNOWN, e.kind().name().toLowerCase(Locale.ROOT));
        }

        boolean isEmpty() {
            return birth.isEmpty() && countries.isEmpty() && gender == null && identifiers.isEmpty();
        }
    }

    private AttributeScore() {
    }

    static String gender(String g) {
        String s = g.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("f") || s.equals("w") ? "f" : s.startsWith("m") ? "m" : null;
    }

    /** The features the query's traits move against the entity's facts (empty when nothing moves). */
    public static List<Feature> features(Traits q, EntityFacts e) {
        if (q == null || q.isEmpty() || e == null) {
            return List.of();
        }
        String qGender = q.gender() == null ? null : gender(q.gender());
        boolean personTraits = !BirthDates.parse(q.birthDates()).isEmpty() || qGender != null;
        if (personTraits && !e.person()) {
            List<Feature> out = new ArrayList<>(1);
            out.add(new Feature("not_a_person", NOT_A_PERSON, "a birth date or gender against a " + e.kind()));
            return out;
        }
        if (e.isEmpty()) {
            return List.of();
        }
        List<Feature> out = new ArrayList<>(2);
        birth(q, e, out);
        Set<String> qNat = codes(q.nationalities());
        Set<String> qCountry = codes(q.countries());
        if (!qNat.isEmpty()) {
            Set<String> known = e.nationalities().isEmpty() ? e.countries() : e.nationalities();
            if (intersects(qNat, e.nationalities()) || intersects(qNat, e.countries())) {
                out.add(new Feature("nationality_match", NATIONALITY_MATCH, String.join(",", qNat)));
            } else if (!known.isEmpty()) {
                out.add(new Feature("nationality_mismatch", NATIONALITY_MISMATCH,
                        String.join(",", qNat) + " vs " + String.join(",", known)));
            }
        }
        if (!qCountry.isEmpty() && !e.countries().isEmpty()) {
            if (intersects(qCountry, e.countries())) {
                out.add(new Feature("country_match", COUNTRY_MATCH, String.join(",", qCountry)));
            } else if (!intersects(qNat, e.countries())) {
                out.add(new Feature("country_mismatch", COUNTRY_MISMATCH,
                        String.join(",", qCountry) + " vs " + String.join(",", e.countries())));
            }
        }
        String g = q.gender() == null ? null : gender(q.gender());
        if (g != null && e.gender() != null && e.person() && !g.equals(e.gender())) {
            out.add(new Feature("gender_mismatch", GENDER_MISMATCH, g + " vs " + e.gender()));
        }
        identifiers(q, e, out);
        return capRaises(out);
    }

    /** The sum of the features' shares. */
    public static double total(List<Feature> features) {
        double s = 0;
        for (Feature f : features) {
            s += f.value();
        }
        return s;
    }

    private static void birth(Traits q, EntityFacts e, List<Feature> out) {
        List<BirthDates.Span> qs = BirthDates.parse(q.birthDates());
        if (qs.isEmpty() || e.birth().isEmpty() || !e.person()) {
            return;
        }
        boolean dayEqual = false;
        boolean yearOverlap = false;
        boolean bothFullSameYear = false;
        boolean near = false;
        for (BirthDates.Span a : qs) {
            for (BirthDates.Span b : e.birth()) {
                if (a.full() && b.full() && a.fromYear() == b.fromYear() && a.month() == b.month() && a.day() == b.day()) {
                    dayEqual = true;
                } else if (a.overlapsYears(b, 0)) {
                    if (a.full() && b.full()) {
                        bothFullSameYear = true;
                    } else {
                        yearOverlap = true;
                    }
                } else if (a.overlapsYears(b, 1)) {
                    near = true;
                }
            }
        }
        String detail = String.join(",", q.birthDates()) + " vs " + e.birth().size() + " listed";
        if (dayEqual) {
            out.add(new Feature("dob_match", DOB_MATCH, detail));
        } else if (yearOverlap) {
            out.add(new Feature("dob_year_match", DOB_YEAR_MATCH, detail));
        } else if (bothFullSameYear) {
            out.add(new Feature("dob_day_mismatch", DOB_DAY_MISMATCH, detail));
        } else if (near) {
            out.add(new Feature("dob_year_near", DOB_YEAR_NEAR, detail));
        } else {
            out.add(new Feature("dob_year_mismatch", DOB_YEAR_MISMATCH, detail));
        }
    }

    private static void identifiers(Traits q, EntityFacts e, List<Feature> out) {
        if (q.identifiers().isEmpty() || e.identifiers().isEmpty()) {
            return;
        }
        boolean sameScheme = false;
        for (Identifier a : q.identifiers()) {
            for (Identifier b : e.identifiers()) {
                if (a.scheme().equals(b.scheme())) {
                    sameScheme = true;
                    if (a.normalizedValue().equals(b.normalizedValue())) {
                        out.add(new Feature("identifier_match", IDENTIFIER_MATCH, a.scheme()));
                        return;
                    }
                }
            }
        }
        if (sameScheme) {
            out.add(new Feature("identifier_mismatch", IDENTIFIER_MISMATCH, "different " + q.identifiers().get(0).scheme()));
        }
    }

    /** Raises beyond {@link #MAX_RAISE} in all are scaled down; conflicts are kept whole. */
    private static List<Feature> capRaises(List<Feature> in) {
        double raise = 0;
        for (Feature f : in) {
            raise += Math.max(0, f.value());
        }
        if (raise <= MAX_RAISE) {
            return in;
        }
        double k = MAX_RAISE / raise;
        List<Feature> out = new ArrayList<>(in.size());
        for (Feature f : in) {
            out.add(f.value() > 0 ? new Feature(f.name(), f.value() * k, f.detail()) : f);
        }
        return out;
    }

    private static Set<String> codes(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            String c = CountryCodes.code(v);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
