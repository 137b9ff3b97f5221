package io.interdict.core.tx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Identifier;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.Jurisdiction;
import io.interdict.core.measure.TxKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates transactions in the DESIGN.md shapes (JSON object per line, or the flat CSV
 * row). Never throws on bad input: every problem becomes an error naming the line and field.
 * Unknown fields are errors, so a misspelt {@code "jurisdicton"} is not silently screened as empty.
 */
public final class TransactionParser {
    /** The fields of a transaction, a party and equipment: others are errors (and the API document lists these). */
    public static final Set<String> TX_FIELDS = Set.of("id", "date", "known_at", "kind", "jurisdiction", "parties",
            "equipment", "amount", "currency", "memo", "device_owner");
    public static final Set<String> PARTY_FIELDS = Set.of("role", "name", "country", "ids", "dob", "nationality");
    public static final Set<String> EQUIPMENT_FIELDS = Set.of("network", "domain");
    public static final List<String> CSV_COLUMNS = List.of("id", "date", "kind", "jurisdiction", "party_name",
            "party_country", "party_ids", "network", "domain", "amount", "currency", "memo", "known_at",
            "device_owner", "party_dob", "party_nationality");
    /**
     * The roles a party may take; another word is an error, so a misspelt role is never screened as
     * something it is not. Absent means {@code counterparty}.
     */
    public static final Set<String> ROLES = Set.of("counterparty", "payer", "payee", "originator", "beneficiary",
            "sender", "receiver", "customer", "merchant", "vendor", "supplier", "manufacturer", "developer", "publisher",
            "operator", "issuer", "investee", "intermediary", "bank", "carrier", "beneficial_owner", "other");
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Za-z]{3}");

    /**
     * Strict JSON: a second value after the object ("{…} garbage") and a key given twice are errors,
     * as they are over HTTP; a duplicated "kind" must not let the last one silently win.
     */
    private final ObjectMapper json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Thrown inside parsing to abort one record; never escapes. */
    private static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    public ParsedLine parseJson(String text, long line) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return malformed(e, line);
        }
        return parseNode(node, line);
    }

    /**
     * As {@link #parseJson(String, long)}, from UTF-8 bytes (a Kafka record's value) without decoding
     * them to a string first; bytes that are not UTF-8 are malformed JSON.
     */
    public ParsedLine parseJson(byte[] utf8, long line) {
        JsonNode node;
        try {
            node = json.readTree(utf8);
        } catch (JsonProcessingException e) {
            return malformed(e, line);
        } catch (java.io.IOException e) {
            return ParsedLine.error(line, null, "malformed JSON: " + e.getMessage());
        }
        return parseNode(node, line);
    }

    private static ParsedLine malformed(JsonProcessingException e, long line) {
        long col = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return ParsedLine.error(line, null, "malformed JSON" + (col > 0 ? " at column " + col : "") + ": " + jsonProblem(e));
    }

    /** Jackson's reason in the user's words: no class or feature names. */
    static String jsonProblem(JsonProcessingException e) {
        String msg = e.getOriginalMessage().split("\n")[0];
        if (msg.startsWith("Trailing token")) {
            return "extra text after the JSON object (one object per line)";
        }
        if (msg.startsWith("Duplicate field")) {
            return msg.replace("Duplicate field", "field") + " given twice";
        }
        return msg.replaceAll(" \\(for `[^`]*`\\)", "").replaceAll("`[a-z]+(\\.[A-Za-z$]+)+`", "the value");
    }

    /** A transaction from JSON already parsed (a server reads the body once). */
    public ParsedLine parseNode(JsonNode node, long line) {
        if (node == null || !node.isObject()) {
            return ParsedLine.error(line, null, "expected a JSON object");
        }
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        try {
            return ParsedLine.ok(line, fromJson((ObjectNode) node));
        } catch (Bad b) {
            return ParsedLine.error(line, id, b.getMessage());
        }
    }

    private Transaction fromJson(ObjectNode o) throws Bad {
        unknown(o, TX_FIELDS, "");
        String id = text(o, "id", true);
        LocalDate date = date(text(o, "date", true), "date");
        String knownAtText = text(o, "known_at", false);
        LocalDate knownAt = knownAtText == null ? null : date(knownAtText, "known_at");
        TxKind kind = kind(text(o, "kind", true));
        String jurisdiction = jurisdictionChecked(text(o, "jurisdiction", true));
        JsonNode ps = o.get("parties");
        if (ps == null || !ps.isArray() || ps.isEmpty()) {
            throw new Bad("field 'parties': a non-empty array of parties is required");
        }
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            String f = "parties[" + i + "]";
            if (!p.isObject()) {
                throw new Bad("field '" + f + "': expected an object");
            }
            unknown(p, PARTY_FIELDS, f + ".");
            List<Identifier> ids = new ArrayList<>();
            JsonNode idn = p.get("ids");
            if (idn != null && !idn.isNull()) {
                if (!idn.isArray()) {
                    throw new Bad("field '" + f + ".ids': expected an array of \"scheme:value\" strings");
                }
                for (int j = 0; j < idn.size(); j++) {
                    ids.add(identifier(idn.get(j).isTextual() ? idn.get(j).asText() : idn.get(j).toString(), f + ".ids[" + j + "]"));
                }
            }
            parties.add(withTraits(party(role(text(p, "role", false, f + "."), f + ".role"), text(p, "name", false, f + "."),
                    text(p, "country", false, f + "."), ids, f), text(p, "dob", false, f + "."),
                    text(p, "nationality", false, f + "."), f));
        }
        Equipment eq = null;
        JsonNode e = o.get("equipment");
        if (e != null && !e.isNull()) {
            if (!e.isObject()) {
                throw new Bad("field 'equipment': expected an object");
            }
            unknown(e, EQUIPMENT_FIELDS, "equipment.");
            eq = equipment(text(e, "network", false, "equipment."), text(e, "domain", false, "equipment."), kind);
        }
        return new Transaction(id, date, knownAt, kind, jurisdiction, parties, eq,
                amount(text(o, "amount", false)), currency(text(o, "currency", false)), text(o, "memo", false),
                deviceOwner(text(o, "device_owner", false)));
    }

    /** One CSV record; {@code columns} is the header (validated by {@link #checkHeader}). */
    public ParsedLine parseCsv(List<String> columns, List<String> values, long line) {
        String id = null;
        try {
            if (values.size() != columns.size()) {
                throw new Bad("expected " + columns.size() + " columns as in the header, found " + values.size());
            }
            Map<String, String> row = new java.util.HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String v = values.get(i).trim();
                row.put(columns.get(i), v.isEmpty() ? null : v);
            }
            id = row.get("id");
            if (id == null) {
                throw new Bad("field 'id' is required");
            }
            LocalDate date = date(required(row, "date"), "date");
            LocalDate knownAt = row.get("known_at") == null ? null : date(row.get("known_at"), "known_at");
            TxKind kind = kind(required(row, "kind"));
            String jurisdiction = jurisdictionChecked(required(row, "jurisdiction"));
            List<Identifier> ids = new ArrayList<>();
            if (row.get("party_ids") != null) {
                String[] parts = row.get("party_ids").split(";");
                for (int i = 0; i < parts.length; i++) {
                    if (!parts[i].isBlank()) {
                        ids.add(identifier(parts[i].trim(), "party_ids[" + i + "]"));
                    }
                }
            }
            Party p = withTraits(party("counterparty", row.get("party_name"), row.get("party_country"), ids, "party"),
                    row.get("party_dob"), row.get("party_nationality"), "party");
            Equipment eq = row.get("network") == null && row.get("domain") == null ? null
                    : equipment(row.get("network"), row.get("domain"), kind);
            return ParsedLine.ok(line, new Transaction(id, date, knownAt, kind, jurisdiction, List.of(p), eq,
                    amount(row.get("amount")), currency(row.get("currency")), row.get("memo"),
                    deviceOwner(row.get("device_owner"))));
        } catch (Bad b) {
            return ParsedLine.error(line, id, b.getMessage());
        }
    }

    /** Null when the header is usable, else what is wrong with it. */
    public static String checkHeader(List<String> columns) {
        for (String c : columns) {
            if (!CSV_COLUMNS.contains(c)) {
                return "unknown column '" + c + "' (expected " + String.join(",", CSV_COLUMNS) + ")";
            }
        }
        for (String req : List.of("id", "date", "kind", "jurisdiction")) {
            if (!columns.contains(req)) {
                return "missing column '" + req + "'";
            }
        }
        if (!columns.contains("party_name") && !columns.contains("party_ids")) {
            return "missing column 'party_name' (or 'party_ids')";
        }
        if (columns.size() != Set.copyOf(columns).size()) {
            return "duplicated column in header";
        }
        return null;
    }

    private static String required(Map<String, String> row, String field) throws Bad {
        String v = row.get(field);
        if (v == null) {
            throw new Bad("field '" + field + "' is required");
        }
        return v;
    }

    private static void unknown(JsonNode o, Set<String> allowed, String prefix) throws Bad {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new Bad("unknown field '" + prefix + f + "'");
            }
        }
    }

    private static String text(JsonNode o, String field, boolean required) throws Bad {
        return text(o, field, required, "");
    }

    private static String text(JsonNode o, String field, boolean required, String prefix) throws Bad {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new Bad("field '" + prefix + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual() && !(v.isNumber() && (field.equals("amount") || field.equals("id")))) {
            throw new Bad("field '" + prefix + field + "': expected a string, found " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            throw new Bad("field '" + prefix + field + "' is empty");
        }
        return s;
    }

    private static String role(String s, String field) throws Bad {
        if (s == null) {
            return null;
        }
        String r = s.trim().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw new Bad("field '" + field + "': unknown role '" + s + "' (one of " + String.join(", ", new java.util.TreeSet<>(ROLES)) + ")");
        }
        return r;
    }

    private static LocalDate date(String s, String field) throws Bad {
        try {
            return isoDigits(s) ? LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10)) : LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new Bad("field '" + field + "': '" + s + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    /** {@code s} is shaped {@code dddd-dd-dd}: read without a formatter (same result, a fraction of the cost). */
    private static boolean isoDigits(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static TxKind kind(String s) throws Bad {
        try {
            return TxKind.of(s);
        } catch (IllegalArgumentException e) {
            throw new Bad("field 'kind': " + e.getMessage());
        }
    }

    /**
     * ISO 3166-1 alpha-2 or ISO 3166-2 subdivision ({@code US-MT}), upper-cased; "UK" (reserved by ISO
     * for the United Kingdom) is read as GB.
     */
    public static String jurisdiction(String s) throws IllegalArgumentException {
        try {
            return Jurisdiction.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'jurisdiction': " + e.getMessage());
        }
    }

    private static String deviceOwner(String s) throws Bad {
        if (s == null) {
            return null;
        }
        if (!Conditions.DEVICE_OWNERS.contains(s)) {
            throw new Bad("field 'device_owner': '" + s + "' is not one of " + Conditions.DEVICE_OWNERS.stream().sorted().toList());
        }
        return s;
    }

    private static String jurisdictionChecked(String s) throws Bad {
        try {
            return jurisdiction(s);
        } catch (IllegalArgumentException e) {
            throw new Bad(e.getMessage());
        }
    }

    private static Identifier identifier(String s, String field) throws Bad {
        try {
            return Identifier.parse(s);
        } catch (IllegalArgumentException e) {
            throw new Bad("field '" + field + "': " + e.getMessage());
        }
    }

    private static Party party(String role, String name, String country, List<Identifier> ids, String field) throws Bad {
        if ((name == null || name.isBlank()) && ids.isEmpty()) {
            throw new Bad("field '" + field + "': a party needs a name or ids");
        }
        if (country != null && !ISO.contains(country.trim().toUpperCase(Locale.ROOT))) {
            throw new Bad("field '" + field + ".country': '" + country + "' is not an ISO 3166 alpha-2 country code");
        }
        return new Party(role, name, country == null ? null : country.trim().toUpperCase(Locale.ROOT), ids);
    }

    /** The party with its optional birth date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY..YYYY) and nationality (ISO alpha-2). */
    private static Party withTraits(Party p, String dob, String nationality, String field) throws Bad {
        if (dob == null && nationality == null) {
            return p;
        }
        if (dob != null && !dob.isBlank() && !dob.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?|\\d{4}\\.\\.\\d{4}")) {
            throw new Bad("field '" + field + ".dob': '" + dob + "' is not a date (YYYY-MM-DD, YYYY-MM, YYYY or YYYY..YYYY)");
        }
        if (dob != null && dob.strip().length() == 10) {
            date(dob.strip(), field + ".dob");
        }
        if (nationality != null && !ISO.contains(nationality.trim().toUpperCase(Locale.ROOT))) {
            throw new Bad("field '" + field + ".nationality': '" + nationality + "' is not an ISO 3166 alpha-2 country code");
        }
        String nat = nationality == null ? null : nationality.trim().toUpperCase(Locale.ROOT);
        return new Party(p.role(), p.name(), p.country(), p.ids(), Traits.of(dob == null || dob.isBlank() ? null : dob.strip(), nat, null, null));
    }

    private static Equipment equipment(String networkText, String domainText, TxKind kind) throws Bad {
        // Read in any case, as jurisdictions are: "5G" is 5g, never an unknown network that matches no clause.
        String network = networkText == null ? null : networkText.trim().toLowerCase(Locale.ROOT);
        String domain = domainText == null ? null : domainText.trim().toLowerCase(Locale.ROOT);
        if (!kind.isEquipment()) {
            throw new Bad("field 'equipment': only for equipment_* kinds, not " + kind.wire());
        }
        if (network != null && !Conditions.NETWORKS.contains(network)) {
            throw new Bad("field 'equipment.network': '" + networkText + "' is not one of " + new java.util.TreeSet<>(Conditions.NETWORKS));
        }
        if (domain != null && !Conditions.DOMAINS.contains(domain)) {
            throw new Bad("field 'equipment.domain': '" + domainText + "' is not one of " + new java.util.TreeSet<>(Conditions.DOMAINS));
        }
        return new Equipment(network, domain);
    }

    private static String amount(String s) throws Bad {
        if (s == null) {
            return null;
        }
        try {
            new BigDecimal(s.trim());
            return s.trim();
        } catch (NumberFormatException e) {
            throw new Bad("field 'amount': '" + s + "' is not a decimal number");
        }
    }

    private static String currency(String s) throws Bad {
        if (s == null) {
            return null;
        }
        if (!CURRENCY.matcher(s).matches()) {
            throw new Bad("field 'currency': '" + s + "' is not an ISO 4217 code");
        }
        return s.toUpperCase(Locale.ROOT);
    }
}
