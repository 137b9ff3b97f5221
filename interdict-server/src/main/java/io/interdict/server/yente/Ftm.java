package io.interdict.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.server.Engine;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.JsonFields;
import io.interdict.server.http.Requests;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The FollowTheMoney vocabulary yente's clients speak, mapped to and from Interdict entities. As in
 * yente, any matchable schema is accepted, and a property we do not know is dropped and logged, never
 * a reason to fail the batch.
 */
public final class Ftm {

    /** Schema → the entity kinds it may match (an app has no FtM schema; company-like queries reach it). */
    /** Schemata the reconciliation service offers as types (and the yente search's {@code schema}). */
    static final Map<String, Set<EntityKind>> SCHEMATA = Map.of(
            "Thing", FtmSchemata.kinds("Thing"), "LegalEntity", FtmSchemata.kinds("LegalEntity"),
            "Person", FtmSchemata.kinds("Person"), "Organization", FtmSchemata.kinds("Organization"),
            "Company", FtmSchemata.kinds("Company"), "PublicBody", FtmSchemata.kinds("PublicBody"),
            "Vessel", FtmSchemata.kinds("Vessel"), "Airplane", FtmSchemata.kinds("Airplane"));

    static final Set<String> NAME_PROPS = Set.of("name", "alias", "weakAlias", "previousName");
    /** FtM properties of the country type: cleaned to lower-case ISO codes; the first one is used for matching. */
    static final Set<String> COUNTRY_PROPS = Set.of("country", "nationality", "jurisdiction", "citizenship", "mainCountry",
            "flag", "birthCountry", "pastFlags");
    /** FtM identifier properties → Interdict identifier schemes. */
    static final Map<String, String> ID_PROPS = Map.of("imoNumber", "imo", "leiCode", "lei", "swiftBic", "bic",
            "dunsCode", "duns", "mmsi", "mmsi", "website", "domain");
    /** FtM properties accepted and echoed but not used for matching (documented in docs/http-api.md). */
    static final Set<String> OTHER_PROPS = Set.of(
            "firstName", "middleName", "lastName", "fatherName", "secondName", "title", "birthDate", "birthPlace",
            "deathDate", "gender", "address", "email", "phone", "idNumber", "passportNumber", "taxNumber",
            "registrationNumber", "incorporationDate", "innCode", "ogrnCode", "vatCode", "callSign", "notes",
            "topics", "sourceUrl", "position", "summary", "description", "legalForm", "sector", "status",
            "uniqueEntityId", "wikidataId", "permId", "serialNumber", "model", "type", "program", "education",
            "religion", "ethnicity", "weight", "height", "eyeColor", "hairColor", "appearance", "political",
            "keywords", "classification", "dissolutionDate", "opencorporatesUrl", "bikCode", "okpoCode", "cikCode",
            "isinCode", "ricCode", "ticker", "icijId", "buildDate", "registrationDate", "tonnage",
            "grossRegisteredTonnage", "pastTypes", "navigationArea", "crsNumber", "owner", "operator", "motherName",
            "abbreviation", "nameSuffix", "deathPlace", "residency", "idNumberType", "okvedCode", "kppCode",
            "npiCode", "voenCode", "irsCode", "cageCode", "publisher", "publisherUrl", "programId", "street", "city",
            "postalCode", "region", "full", "capital", "currency", "amount", "parent", "icaoCode", "iataCode",
            "manufacturer", "deadweightTonnage");

    private Ftm() {
    }

    /** A query entity ("example") as yente reads it. */
    /** @param traits birth dates, nationalities, countries, gender and passport / national ids, scored by interdict-v2 */
    public record Example(String schema, List<String> names, String country, List<Identifier> ids, List<String> ignored,
                          ObjectNode echo, io.interdict.core.tx.Traits traits) {
        Set<EntityKind> kinds() {
            return FtmSchemata.kinds(schema);
        }
    }

    /**
     * Reads one query entity the way yente does: fields other than {@code id}, {@code schema} and
     * {@code properties} are ignored (Marble sends {@code "filters": null, "params": null}); a property
     * that is no FtM property we know is ignored and logged; a missing schema or properties object, or
     * a property value that is neither a string nor a list, is 422 (yente's request validation); an
     * unknown or non-matchable schema is 400 ("Cannot parse example entity").
     */
    static Example example(JsonNode q, String where) {
        if (q == null || !q.isObject()) {
            throw new ApiError(422, "'" + where + "': expected an object, found " + JsonFields.type(q));
        }
        for (var it = q.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("id") && !f.equals("schema") && !f.equals("properties")) {
                io.interdict.server.http.IgnoredInputs.note("field of a match query", f);
            }
        }
        JsonNode schemaNode = q.get("schema");
        if (schemaNode == null || !schemaNode.isTextual()) {
            throw new ApiError(422, "'" + where + ".schema': required, a string (found " + JsonFields.type(schemaNode) + ")");
        }
        String schema = schemaNode.asText();
        if (!FtmSchemata.known(schema)) {
            throw ApiError.badRequest("Cannot parse example entity: Unknown schema: '" + Requests.shorten(schema) + "' ('" + where + ".schema')");
        }
        if (!FtmSchemata.matchable(schema)) {
            throw ApiError.badRequest("Cannot parse example entity: Non-matchable schema for query: " + schema + " ('" + where + ".schema')");
        }
        JsonNode props = q.get("properties");
        if (props == null || !props.isObject()) {
            throw new ApiError(422, "'" + where + ".properties': required, an object (found " + JsonFields.type(props) + ")");
        }
        List<String> names = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<Identifier> ids = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        ObjectNode echoProps = Requests.JSON.createObjectNode();
        List<String> first = List.of();
        List<String> last = List.of();
        // What else the example says, for the matcher's attribute features (interdict-v2).
        Map<String, List<String>> traitProps = new java.util.HashMap<>();
        for (var it = props.fields(); it.hasNext(); ) {
            var e = it.next();
            String p = e.getKey();
            String field = where + ".properties." + p;
            JsonNode raw = e.getValue();
            if (!(raw.isTextual() || raw.isArray() || raw.isNull())) {
                throw new ApiError(422, "'" + Requests.shorten(field) + "': expected a string or a list, found " + JsonFields.type(raw));
            }
            List<String> values = new ArrayList<>();
            flatten(raw, values);
            boolean known = NAME_PROPS.contains(p) || COUNTRY_PROPS.contains(p) || ID_PROPS.containsKey(p) || OTHER_PROPS.contains(p);
            if (!known) {
                // yente logs "Invalid query property" and drops it; so do we (names only: values may be personal data).
                ignored.add(p);
                io.interdict.server.http.IgnoredInputs.note("FtM query property", p);
                continue;
            }
            if (COUNTRY_PROPS.contains(p)) {
                List<String> cleaned = new ArrayList<>();
                for (String v : values) {
                    String cc = Countries.code(v);
                    if (cc != null && !cleaned.contains(cc)) {
                        cleaned.add(cc);
                    }
                }
                values = cleaned;
                countries.addAll(cleaned);
            }
            if (values.isEmpty()) {
                continue;
            }
            if (TRAIT_PROPS.contains(p)) {
                traitProps.computeIfAbsent(p, k -> new ArrayList<>()).addAll(values);
            }
            ArrayNode echo = echoProps.putArray(p);
            values.forEach(echo::add);
            if (NAME_PROPS.contains(p)) {
                values.stream().filter(v -> !v.isBlank()).forEach(names::add);
            } else if (ID_PROPS.containsKey(p)) {
                for (String v : values) {
                    String value = p.equals("website") ? v.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "").replaceFirst("/.*$", "") : v;
                    if (!value.isBlank()) {
                        ids.add(new Identifier(ID_PROPS.get(p), value));
                    }
                }
            } else if (p.equals("firstName")) {
                first = values;
            } else if (p.equals("lastName")) {
                last = values;
            }
        }
        // yente combines name parts into full names when no name is given; so do we.
        if (names.isEmpty() && (!first.isEmpty() || !last.isEmpty())) {
            String full = String.join(" ", first.isEmpty() ? "" : first.get(0), last.isEmpty() ? "" : last.get(0)).trim();
            names.add(full);
            echoProps.putArray("name").add(full);
        }
        ObjectNode echo = Requests.JSON.createObjectNode();
        echo.put("id", q.path("id").isTextual() ? q.get("id").asText() : null);
        echo.put("schema", schema);
        echo.set("properties", echoProps);
        return new Example(schema, names, countries.isEmpty() ? null : countries.get(0).toUpperCase(Locale.ROOT), ids, ignored, echo,
                traits(traitProps));
    }

    /** yente's extract_values: strings as they are, lists flattened, other scalars as text, objects skipped. */
    private static void flatten(JsonNode v, List<String> out) {
        if (v == null || v.isNull() || v.isObject()) {
            return;
        }
        if (v.isArray()) {
            v.forEach(x -> flatten(x, out));
            return;
        }
        String s = v.asText().trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** The FtM properties the matcher scores besides names. */
    static final Set<String> TRAIT_PROPS = Set.of("birthDate", "nationality", "citizenship", "country", "gender",
            "passportNumber", "idNumber");

    private static io.interdict.core.tx.Traits traits(Map<String, List<String>> p) {
        List<String> nationalities = new ArrayList<>(p.getOrDefault("nationality", List.of()));
        nationalities.addAll(p.getOrDefault("citizenship", List.of()));
        List<Identifier> ids = new ArrayList<>();
        p.getOrDefault("passportNumber", List.of()).stream().filter(v -> !v.isBlank()).forEach(v -> ids.add(new Identifier("passport", v)));
        p.getOrDefault("idNumber", List.of()).stream().filter(v -> !v.isBlank()).forEach(v -> ids.add(new Identifier("national_id", v)));
        List<String> gender = p.getOrDefault("gender", List.of());
        return new io.interdict.core.tx.Traits(p.getOrDefault("birthDate", List.of()), nationalities,
                p.getOrDefault("country", List.of()), gender.isEmpty() ? null : gender.get(0), ids);
    }

    static String schemaOf(Entity e) {
        return switch (e.kind()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case VESSEL -> "Vessel";
            case AIRCRAFT -> "Airplane";
            // An app is neither a company nor a person; LegalEntity is the closest FtM schema a yente client knows.
            case APP, UNKNOWN -> "LegalEntity";
        };
    }

    /** An entity in yente's {@code EntityResponse} shape. */
    static ObjectNode entity(Engine engine, Entity e) {
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", e.id());
        o.put("caption", e.caption());
        o.put("schema", schemaOf(e));
        ObjectNode props = o.putObject("properties");
        Map<String, List<String>> p = new LinkedHashMap<>();
        for (Name n : e.names()) {
            String key = n.strength() == NameStrength.PRIMARY ? "name" : n.strength() == NameStrength.ALIAS ? "alias" : "weakAlias";
            p.computeIfAbsent(key, k -> new ArrayList<>()).add(n.value());
        }
        for (String c : e.countries()) {
            p.computeIfAbsent("country", k -> new ArrayList<>()).add(c.toLowerCase(Locale.ROOT));
        }
        for (Identifier id : e.identifiers()) {
            String prop = switch (id.scheme()) {
                case "imo" -> "imoNumber";
                case "lei" -> "leiCode";
                case "bic", "swift" -> "swiftBic";
                case "duns" -> "dunsCode";
                case "mmsi" -> "mmsi";
                case "domain" -> "website";
                default -> "idNumber";
            };
            p.computeIfAbsent(prop, k -> new ArrayList<>()).add(prop.equals("idNumber") ? id.toString() : id.value());
        }
        if (engine.datasets().isTarget(e)) {
            p.put("topics", List.of("sanction"));
        }
        p.forEach((k, vs) -> {
            ArrayNode arr = props.putArray(k);
            vs.forEach(arr::add);
        });
        ArrayNode ds = o.putArray("datasets");
        engine.datasets().of(e).forEach(ds::add);
        o.putArray("referents");
        o.put("target", engine.datasets().isTarget(e));
        o.putNull("first_seen");
        o.putNull("last_seen");
        o.putNull("last_change");
        return o;
    }
}
