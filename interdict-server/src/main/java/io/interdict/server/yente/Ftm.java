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
 * The FollowTheMoney vocabulary yente's clients speak, mapped to and from Interdict entities. Only the
 * schemata and properties listed here are accepted; an unknown one is a 400 (as FtM itself rejects it),
 * not silently dropped.
 */
public final class Ftm {
    /** Schema → the entity kinds it may match (an app has no FtM schema; company-like queries reach it). */
    static final Map<String, Set<EntityKind>> SCHEMATA = Map.of(
            "Thing", EnumSet.allOf(EntityKind.class),
            "LegalEntity", EnumSet.of(EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.APP, EntityKind.UNKNOWN),
            "Person", EnumSet.of(EntityKind.PERSON, EntityKind.UNKNOWN),
            "Organization", EnumSet.of(EntityKind.ORGANIZATION, EntityKind.APP, EntityKind.UNKNOWN),
            "Company", EnumSet.of(EntityKind.ORGANIZATION, EntityKind.APP, EntityKind.UNKNOWN),
            "PublicBody", EnumSet.of(EntityKind.ORGANIZATION, EntityKind.UNKNOWN),
            "Vessel", EnumSet.of(EntityKind.VESSEL, EntityKind.UNKNOWN),
            "Airplane", EnumSet.of(EntityKind.AIRCRAFT, EntityKind.UNKNOWN));

    static final Set<String> NAME_PROPS = Set.of("name", "alias", "weakAlias", "previousName");
    static final Set<String> COUNTRY_PROPS = Set.of("country", "nationality", "jurisdiction", "citizenship", "mainCountry", "flag");
    /** FtM identifier properties → Interdict identifier schemes. */
    static final Map<String, String> ID_PROPS = Map.of("imoNumber", "imo", "leiCode", "lei", "swiftBic", "bic",
            "dunsCode", "duns", "mmsi", "mmsi", "website", "domain");
    /** Accepted but not used for matching (documented in docs/http-api.md). */
    static final Set<String> OTHER_PROPS = Set.of("firstName", "middleName", "lastName", "fatherName", "secondName",
            "title", "birthDate", "birthPlace", "deathDate", "gender", "address", "email", "phone", "idNumber",
            "passportNumber", "taxNumber", "registrationNumber", "incorporationDate", "innCode", "ogrnCode", "vatCode",
            "callSign", "notes", "topics", "sourceUrl", "position", "summary", "description", "legalForm", "sector",
            "status", "uniqueEntityId", "wikidataId", "permId", "serialNumber", "model", "type", "program", "education",
            "religion", "ethnicity", "weight", "height", "eyeColor", "hairColor", "appearance", "political",
            "keywords", "classification", "dissolutionDate", "opencorporatesUrl", "bikCode", "okpoCode", "cikCode",
            "isinCode", "ricCode", "ticker", "icijId", "buildDate", "registrationDate", "tonnage",
            "grossRegisteredTonnage", "pastFlags", "pastTypes", "navigationArea", "crsNumber", "owner", "operator");

    private Ftm() {
    }

    /** A query entity ("example") as yente reads it. */
    /** @param traits birth dates, nationalities, countries, gender and passport / national ids, scored by interdict-v2 */
    public record Example(String schema, List<String> names, String country, List<Identifier> ids, ObjectNode echo,
                          io.interdict.core.tx.Traits traits) {
        Set<EntityKind> kinds() {
            return SCHEMATA.get(schema);
        }
    }

    static Example example(JsonNode q, String where) {
        JsonFields.object(q, where);
        JsonFields.onlyKnown(q, Set.of("id", "schema", "properties"), where + ".");
        String schema = JsonFields.text(q, "schema", where + ".", true);
        if (!SCHEMATA.containsKey(schema)) {
            throw ApiError.badRequest("Cannot parse example entity: '" + where + ".schema': unknown schema '"
                    + Requests.shorten(schema) + "' (accepted: " + String.join(", ", new java.util.TreeSet<>(SCHEMATA.keySet())) + ")");
        }
        JsonNode props = q.get("properties");
        if (props == null || !props.isObject()) {
            throw ApiError.badRequest("Cannot parse example entity: '" + where + ".properties': expected an object, found "
                    + JsonFields.type(props));
        }
        List<String> names = new ArrayList<>();
        String country = null;
        List<Identifier> ids = new ArrayList<>();
        ObjectNode echoProps = Requests.JSON.createObjectNode();
        List<String> first = List.of();
        List<String> last = List.of();
        // What else the example says, for the matcher's attribute features (interdict-v2).
        Map<String, List<String>> traitProps = new java.util.HashMap<>();
        for (var it = props.fields(); it.hasNext(); ) {
            var e = it.next();
            String p = e.getKey();
            String field = where + ".properties." + p;
            if (!NAME_PROPS.contains(p) && !COUNTRY_PROPS.contains(p) && !ID_PROPS.containsKey(p) && !OTHER_PROPS.contains(p)) {
                throw ApiError.badRequest("Cannot parse example entity: unknown property '" + Requests.shorten(field) + "'");
            }
            List<String> values = JsonFields.texts(e.getValue(), field);
            if (TRAIT_PROPS.contains(p)) {
                traitProps.computeIfAbsent(p, k -> new ArrayList<>()).addAll(values);
            }
            ArrayNode echo = echoProps.putArray(p);
            values.forEach(echo::add);
            if (NAME_PROPS.contains(p)) {
                values.stream().filter(v -> !v.isBlank()).forEach(names::add);
            } else if (COUNTRY_PROPS.contains(p) && country == null && !values.isEmpty()) {
                country = values.get(0).trim().toUpperCase(Locale.ROOT);
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
            names.add(String.join(" ", first.isEmpty() ? "" : first.get(0), last.isEmpty() ? "" : last.get(0)).trim());
        }
        if (names.isEmpty() && ids.isEmpty()) {
            throw ApiError.badRequest("Cannot parse example entity: '" + where + "' has no name and no identifier we can match on");
        }
        ObjectNode echo = Requests.JSON.createObjectNode();
        echo.put("id", q.path("id").isTextual() ? q.get("id").asText() : null);
        echo.put("schema", schema);
        echo.set("properties", echoProps);
        return new Example(schema, names, country, ids, echo, traits(traitProps));
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
