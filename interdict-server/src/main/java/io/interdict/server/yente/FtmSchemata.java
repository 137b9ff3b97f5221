package io.interdict.server.yente;

import io.interdict.core.entity.EntityKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The FollowTheMoney schemata a yente client may name in a query, and which Interdict entity kinds
 * each may match. Names are those of the FtM schema files (followthemoney/schema/*.yaml). yente accepts
 * any matchable schema; relationship ("interval") and document schemata are not matchable and yente
 * answers them with 400, so we do too. A matchable schema we hold no entities of (an Address, a
 * BankAccount) is accepted and simply finds nothing.
 */
public final class FtmSchemata {
    private static final Set<EntityKind> ORGS = EnumSet.of(EntityKind.ORGANIZATION, EntityKind.APP, EntityKind.UNKNOWN);

    /** Matchable schema → kinds. */
    private static final Map<String, Set<EntityKind>> MATCHABLE = Map.ofEntries(
            Map.entry("Thing", EnumSet.allOf(EntityKind.class)),
            Map.entry("LegalEntity", EnumSet.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.APP, EntityKind.UNKNOWN)),
            Map.entry("Person", EnumSet.of(EntityKind.PERSON, EntityKind.UNKNOWN)),
            Map.entry("Organization", ORGS),
            Map.entry("Company", ORGS),
            Map.entry("PublicBody", EnumSet.of(EntityKind.ORGANIZATION, EntityKind.UNKNOWN)),
            Map.entry("Vessel", EnumSet.of(EntityKind.VESSEL, EntityKind.UNKNOWN)),
            Map.entry("Airplane", EnumSet.of(EntityKind.AIRCRAFT, EntityKind.UNKNOWN)),
            Map.entry("Vehicle", EnumSet.of(EntityKind.VESSEL, EntityKind.AIRCRAFT, EntityKind.UNKNOWN)),
            Map.entry("Asset", EnumSet.of(EntityKind.VESSEL, EntityKind.AIRCRAFT, EntityKind.UNKNOWN)),
            Map.entry("Address", EnumSet.noneOf(EntityKind.class)),
            Map.entry("BankAccount", EnumSet.noneOf(EntityKind.class)),
            Map.entry("CryptoWallet", EnumSet.noneOf(EntityKind.class)),
            Map.entry("Security", EnumSet.noneOf(EntityKind.class)),
            Map.entry("RealEstate", EnumSet.noneOf(EntityKind.class)),
            Map.entry("Land", EnumSet.noneOf(EntityKind.class)),
            Map.entry("Position", EnumSet.noneOf(EntityKind.class)),
            Map.entry("Project", EnumSet.noneOf(EntityKind.class)),
            Map.entry("UserAccount", EnumSet.noneOf(EntityKind.class)),
            Map.entry("Agency", EnumSet.of(EntityKind.ORGANIZATION, EntityKind.UNKNOWN)));

    /** FtM schemata that exist but cannot be a match query: relationships, documents, records. */
    private static final Set<String> NOT_MATCHABLE = Set.of("Analyzable", "Article", "Assessment", "Associate", "Audio",
            "Call", "CallForTenders", "Concession", "Contract", "ContractAward", "ContractLot", "CourtCase", "CourtCaseParty",
            "Debt", "Directorship", "Document", "EconomicActivity", "Email", "Employment", "Event", "Family", "Folder",
            "HyperText", "Identification", "Image", "Interest", "Interval", "License", "Membership", "Mention", "Message",
            "Note", "Occupancy", "Ownership", "Package", "Page", "Pages", "Party", "Passport", "Payment", "PlainText",
            "PositionHeld", "Post", "ProjectParticipant", "Proxy", "Record", "RelatedTo", "Relationship", "Representation",
            "Risk", "Sanction", "Shares", "Similar", "Succession", "Table", "TaxRoll", "Transaction", "Trip", "UnknownLink",
            "Value", "Video", "Workbook");

    private FtmSchemata() {
    }

    public static boolean known(String schema) {
        return MATCHABLE.containsKey(schema) || NOT_MATCHABLE.contains(schema);
    }

    public static boolean matchable(String schema) {
        return MATCHABLE.containsKey(schema);
    }

    /** The kinds a matchable schema may match (empty for one we hold no entities of); null if not matchable. */
    public static Set<EntityKind> kinds(String schema) {
        return MATCHABLE.get(schema);
    }

    public static Set<String> matchableNames() {
        return new TreeSet<>(MATCHABLE.keySet());
    }
}
