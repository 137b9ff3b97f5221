package io.interdict.lists.common;

import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every list measure the importers can declare, defined once so that two parts declaring the same
 * list (OFAC SDN imported directly and through the CSL) declare identical records.
 *
 * <p>A list measure targets every entity whose id prefix is its {@code listSource}; the core matches
 * on that prefix, so each sub-list that needs its own measure id needs its own entity id prefix.
 * Here the prefix is the measure id itself.
 */
public final class ListCatalog {
    /** The 27 EU member states (the EU list binds in each). */
    public static final Set<String> EU27 = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    public static final String LIST_CLAUSE = "list";

    private static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

    static {
        Set<Reach> ofac = Set.of(Reach.DIRECT, Reach.OWNED_50_PERCENT);
        Set<Reach> direct = Set.of(Reach.DIRECT);
        // Export-control lists restrict exports, not every dealing: the built-in regime encodes the
        // Entity List the same way (kinds [export]), and a folded list clause must agree with it.
        Set<TxKind> export = Set.of(TxKind.EXPORT);
        add("ofac-sdn", "OFAC SDN List", "Specially Designated Nationals and Blocked Persons List",
                "U.S. Department of the Treasury, OFAC", Set.of("US"), ofac, null,
                "https://sanctionslist.ofac.treas.gov/");
        // Non-SDN entries are not blocked: each programme restricts particular dealings (NS-CMIC: buying
        // securities; SSI: new debt or equity; CAPTA: correspondent accounts). One list clause cannot
        // tell them apart, so a confident match is REVIEW, not BLOCK (e.g. Hikvision, on NS-CMIC, for an
        // equipment purchase).
        add("ofac-cons", "OFAC Consolidated List", "Consolidated Sanctions List (non-SDN lists: SSI, FSE, NS-PLC, NS-MBS, CAPTA, NS-CMIC)",
                "U.S. Department of the Treasury, OFAC", Set.of("US"), ofac,
                "non-SDN list: the programme restricts specific dealings (securities, debt, correspondent accounts), not every transaction",
                "https://sanctionslist.ofac.treas.gov/");
        MEASURES.put(NsCmic.MEASURE, NsCmic.measure());
        add("un-sc", "UN SC Consolidated List", "United Nations Security Council Consolidated List",
                "United Nations Security Council", Set.of("*"), direct, null, "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list");
        add("uk-hmt", "UK HMT Consolidated List", "HM Treasury / OFSI Consolidated List of Financial Sanctions Targets",
                "HM Treasury, Office of Financial Sanctions Implementation", Set.of("GB"), direct, null,
                "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets");
        add("eu-fsf", "EU Financial Sanctions List", "Consolidated list of persons, groups and entities subject to EU financial sanctions",
                "European Commission (DG FISMA)", EU27, direct, null,
                "https://webgate.ec.europa.eu/fsd/fsf");
        add("us-bis-entity-list", "BIS Entity List", "Entity List (15 CFR Part 744, Supplement No. 4)",
                "U.S. Department of Commerce, BIS", Set.of("US"), direct, export, null,
                "https://www.bis.gov/entity-list");
        add("us-bis-dpl", "BIS Denied Persons List", "Denied Persons List",
                "U.S. Department of Commerce, BIS", Set.of("US"), direct, export, null,
                "https://www.bis.gov/dpl");
        add("us-bis-uvl", "BIS Unverified List", "Unverified List (15 CFR Part 744, Supplement No. 6)",
                "U.S. Department of Commerce, BIS", Set.of("US"), direct, export,
                "the Unverified List requires extra due diligence, not a prohibition", "https://www.bis.gov/");
        add("us-bis-meu", "BIS Military End User List", "Military End-User List (15 CFR Part 744, Supplement No. 7)",
                "U.S. Department of Commerce, BIS", Set.of("US"), direct, export,
                "a licence requirement for listed items only; the engine cannot verify the items", "https://www.bis.gov/");
        add("us-ddtc-debarred", "DDTC ITAR Debarred", "ITAR Debarred Parties (statutory and administrative debarments)",
                "U.S. Department of State, DDTC", Set.of("US"), direct, export, null, "https://www.pmddtc.state.gov/");
        add("us-isn", "State ISN Nonproliferation Sanctions", "Nonproliferation Sanctions",
                "U.S. Department of State, ISN", Set.of("US"), direct, null, "https://www.state.gov/");
        add("os", "OpenSanctions", "OpenSanctions re-publication (FollowTheMoney)",
                "OpenSanctions (aggregator, not an authority)", Set.of("*"), direct,
                "a re-publication by an aggregator; confirm against the official list", "https://www.opensanctions.org/");
    }

    private ListCatalog() {
    }

    private static void add(String id, String shortTitle, String title, String authority, Set<String> jurisdictions,
                            Set<Reach> reach, String reviewOnly, String url) {
        add(id, shortTitle, title, authority, jurisdictions, reach, Set.of(), reviewOnly, url);
    }

    private static void add(String id, String shortTitle, String title, String authority, Set<String> jurisdictions,
                            Set<Reach> reach, Set<TxKind> kinds, String reviewOnly, String url) {
        Prohibition p = new Prohibition(LIST_CLAUSE, kinds.isEmpty() ? "every transaction with a listed party"
                : "every " + kinds.iterator().next().wire() + " to a listed party", List.of(), reach, kinds,
                null, false, reviewOnly, List.of(), false);
        MEASURES.put(id, new Measure(id, shortTitle, title, authority, jurisdictions, List.of(new Citation(title, url, "primary")),
                List.of(), List.of(p), List.of(), true, id, List.of()));
    }

    /** The list measure with this id; its {@code listSource} is the id. */
    public static Measure measure(String id) {
        Measure m = MEASURES.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no list measure '" + id + "'");
        }
        return m;
    }

    public static Map<String, Measure> all() {
        return Map.copyOf(MEASURES);
    }
}
