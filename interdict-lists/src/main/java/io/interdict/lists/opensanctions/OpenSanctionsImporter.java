package io.interdict.lists.opensanctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.HeaderCsv;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenSanctions exports: FollowTheMoney JSON lines ({@code *.ftm.json}, {@code entities.ftm.json}) and
 * {@code targets.simple.csv}. Ids {@code os:<id>}. Only targets (FtM {@code "target": true}, every
 * row of targets.simple.csv) become entities: the {@code os} measure lists every entity of its source.
 * Sanction entities add programmes and listing dates to their subject; Ownership between two targets
 * becomes an {@code owned_by} relation; Address entities are inlined.
 */
public final class OpenSanctionsImporter implements ListImporter {
    public static final String SOURCE = "os";
    public static final String URL = "https://data.opensanctions.org/datasets/latest/default/entities.ftm.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** FtM property to identifier scheme. */
    static final Map<String, String> ID_PROPS = Map.ofEntries(
            Map.entry("innCode", "tax_id"), Map.entry("taxNumber", "tax_id"), Map.entry("vatCode", "tax_id"),
            Map.entry("registrationNumber", "registration"), Map.entry("ogrnCode", "ogrn"), Map.entry("kppCode", "kpp"),
            Map.entry("leiCode", "lei"), Map.entry("swiftBic", "bic"), Map.entry("imoNumber", "imo"), Map.entry("mmsi", "mmsi"),
            Map.entry("idNumber", "national_id"), Map.entry("passportNumber", "passport"), Map.entry("callSign", "call_sign"),
            Map.entry("email", "email"), Map.entry("website", "domain"), Map.entry("phone", "phone"), Map.entry("permId", "permid"),
            Map.entry("uniqueEntityId", "uei"), Map.entry("dunsCode", "duns"), Map.entry("icaoCode", "icao"),
            Map.entry("publicKey", "crypto"), Map.entry("wikidataId", "wikidata"));

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        Map<String, EntityBuilder> targets = new LinkedHashMap<>();
        List<Relation> relations = new ArrayList<>();
        int rows = 0;
        String newest = null;
        for (ListFile f : files) {
            String text = Text.decode(f, StandardCharsets.UTF_8, p);
            if (text == null) {
                continue;
            }
            if (f.baseName().endsWith(".csv")) {
                rows += simple(f, text, targets, p);
            } else {
                FtmResult r = ftm(f, text, targets, relations, p);
                rows += r.rows;
                if (r.newest != null && (newest == null || r.newest.compareTo(newest) > 0)) {
                    newest = r.newest;
                }
            }
        }
        p.failIfAny(rows);
        List<Entity> entities = new ArrayList<>(targets.size());
        targets.values().forEach(b -> entities.add(b.build()));
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        SourceInfo info = new SourceInfo(SOURCE, "OpenSanctions", listDate != null ? listDate : newest, URL, Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, relations, List.of(ListCatalog.measure(SOURCE))),
                p.report(rows, entities.size(), names));
    }

    private record FtmResult(int rows, String newest) {
    }

    private record Line(long line, JsonNode node, String raw) {
    }

    private static FtmResult ftm(ListFile f, String text, Map<String, EntityBuilder> targets, List<Relation> relations, Problems p) {
        List<Line> lines = new ArrayList<>();
        Map<String, Line> byId = new HashMap<>();
        long n = 0;
        String newest = null;
        for (String raw : text.split("\n")) {
            n++;
            if (raw.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(raw);
                String id = node.path("id").asText(null);
                if (id == null || !node.hasNonNull("schema")) {
                    p.error(f.name(), n, id == null ? "id" : "schema", "FtM entity without " + (id == null ? "id" : "schema"));
                    continue;
                }
                Line l = new Line(n, node, raw);
                if (byId.putIfAbsent(id, l) != null) {
                    p.error(f.name(), n, "id", "duplicate id " + id);
                    continue;
                }
                lines.add(l);
                String lc = node.path("last_change").asText(null);
                if (lc != null && (newest == null || lc.compareTo(newest) > 0)) {
                    newest = lc;
                }
            } catch (JsonProcessingException e) {
                p.error(f.name(), n, null, "not valid JSON: " + e.getOriginalMessage());
            }
        }
        for (Line l : lines) {
            JsonNode node = l.node();
            EntityKind kind = kind(node.path("schema").asText());
            if (kind == null || !node.path("target").asBoolean(false)) {
                continue;
            }
            String id = SOURCE + ":" + node.path("id").asText();
            if (targets.containsKey(id)) {
                p.error(f.name(), l.line(), "id", "duplicate id " + id);
                continue;
            }
            EntityBuilder e = new EntityBuilder(id).kind(kind);
            JsonNode props = node.path("properties");
            boolean first = true;
            for (JsonNode v : props.path("name")) {
                e.name(v.asText(), first ? NameStrength.PRIMARY : NameStrength.ALIAS);
                first = false;
            }
            e.name(node.path("caption").asText(null), NameStrength.ALIAS);
            values(props, "alias").forEach(v -> e.name(v, NameStrength.ALIAS));
            values(props, "previousName").forEach(v -> e.name(v, NameStrength.ALIAS));
            values(props, "weakAlias").forEach(v -> e.name(v, NameStrength.WEAK_ALIAS));
            ID_PROPS.forEach((prop, scheme) -> values(props, prop).forEach(v -> e.identifier(scheme, v)));
            for (String c : List.of("country", "nationality", "citizenship", "jurisdiction")) {
                values(props, c).forEach(v -> {
                    if (v.length() == 2) {
                        e.country(v);
                    }
                    e.attr(c.equals("country") ? "country" : c, v);
                });
            }
            values(props, "birthDate").forEach(v -> e.attr(EntityBuilder.BIRTH_DATE, v));
            values(props, "birthPlace").forEach(v -> e.attr(EntityBuilder.BIRTH_PLACE, v));
            values(props, "address").forEach(v -> e.attr(EntityBuilder.ADDRESS, v));
            values(props, "position").forEach(v -> e.attr("position", v));
            values(props, "topics").forEach(v -> e.attr("topics", v));
            values(props, "notes").forEach(v -> e.attr(EntityBuilder.REMARKS, v));
            values(props, "gender").forEach(v -> e.attr("gender", v));
            for (JsonNode d : node.path("datasets")) {
                e.attr("datasets", d.asText());
            }
            for (String ref : values(props, "addressEntity")) {
                Line a = byId.get(ref);
                if (a != null) {
                    values(a.node().path("properties"), "full").forEach(v -> e.attr(EntityBuilder.ADDRESS, v));
                }
            }
            e.raw(l.raw());
            targets.put(id, e);
        }
        for (Line l : lines) {
            JsonNode node = l.node();
            String schema = node.path("schema").asText();
            JsonNode props = node.path("properties");
            if (schema.equals("Sanction")) {
                for (String subject : values(props, "entity")) {
                    EntityBuilder e = targets.get(SOURCE + ":" + subject);
                    if (e != null) {
                        values(props, "program").forEach(v -> e.attr(EntityBuilder.PROGRAMS, v));
                        values(props, "authority").forEach(v -> e.attr("authority", v));
                        values(props, "listingDate").forEach(v -> e.attr(EntityBuilder.LISTED_ON, v));
                        values(props, "startDate").forEach(v -> e.attr("sanction_start", v));
                        values(props, "reason").forEach(v -> e.attr("reason", v));
                    }
                }
            } else if (schema.equals("Ownership")) {
                for (String owner : values(props, "owner")) {
                    for (String asset : values(props, "asset")) {
                        if (targets.containsKey(SOURCE + ":" + owner) && targets.containsKey(SOURCE + ":" + asset)) {
                            Double share = null;
                            for (String pct : values(props, "percentage")) {
                                try {
                                    share = Math.min(1.0, Math.max(0.0, Double.parseDouble(pct.replace("%", "").strip()) / 100.0));
                                } catch (NumberFormatException ignored) {
                                    // an unparseable share stays unknown, which the core treats as control
                                }
                            }
                            relations.add(new Relation(SOURCE + ":" + asset, SOURCE + ":" + owner, RelationKind.OWNED_BY, share,
                                    null, null, false, List.of("os:" + node.path("id").asText()), values(props, "role").stream().findFirst().orElse(null)));
                        }
                    }
                }
            } else if (schema.equals("Passport") || schema.equals("Identification")) {
                for (String holder : values(props, "holder")) {
                    EntityBuilder e = targets.get(SOURCE + ":" + holder);
                    if (e != null) {
                        String scheme = schema.equals("Passport") ? "passport" : "national_id";
                        values(props, "number").forEach(v -> e.identifier(scheme, v));
                    }
                }
            }
        }
        return new FtmResult(lines.size(), newest == null ? null : newest.substring(0, Math.min(10, newest.length())));
    }

    private static int simple(ListFile f, String text, Map<String, EntityBuilder> targets, Problems p) {
        List<HeaderCsv.Row> rows = HeaderCsv.read(text, ',', f, List.of("id", "schema", "name", "aliases", "birth_date",
                "countries", "addresses", "identifiers", "sanctions"), p);
        for (HeaderCsv.Row r : rows) {
            String id = r.get("id");
            EntityKind kind = kind(r.get("schema"));
            if (id == null || r.get("name") == null) {
                p.error(f.name(), r.line(), id == null ? "id" : "name", "row without " + (id == null ? "an id" : "a name"));
                continue;
            }
            if (targets.containsKey(SOURCE + ":" + id)) {
                p.error(f.name(), r.line(), "id", "duplicate id " + id);
                continue;
            }
            EntityBuilder e = new EntityBuilder(SOURCE + ":" + id).kind(kind == null ? EntityKind.UNKNOWN : kind);
            e.name(r.get("name"), NameStrength.PRIMARY);
            split(r.get("aliases")).forEach(v -> e.name(v, NameStrength.ALIAS));
            split(r.get("birth_date")).forEach(v -> e.attr(EntityBuilder.BIRTH_DATE, v));
            split(r.get("countries")).forEach(v -> e.country(v.length() == 2 ? v : null).attr("country", v));
            split(r.get("addresses")).forEach(v -> e.attr(EntityBuilder.ADDRESS, v));
            // The simple format drops the identifier type: the values are kept under a generic scheme.
            split(r.get("identifiers")).forEach(v -> e.identifier("id", v));
            split(r.get("sanctions")).forEach(v -> e.attr("sanctions", v));
            split(r.get("phones")).forEach(v -> e.identifier("phone", v));
            split(r.get("emails")).forEach(v -> e.identifier("email", v));
            e.attr("datasets", r.get("dataset"));
            e.raw(r.raw(','));
            targets.put(e.id(), e);
        }
        return rows.size();
    }

    static EntityKind kind(String schema) {
        if (schema == null) {
            return null;
        }
        return switch (schema) {
            case "Person" -> EntityKind.PERSON;
            case "Organization", "Company", "LegalEntity", "PublicBody" -> EntityKind.ORGANIZATION;
            case "Vessel" -> EntityKind.VESSEL;
            case "Airplane" -> EntityKind.AIRCRAFT;
            default -> null;
        };
    }

    private static List<String> values(JsonNode props, String key) {
        JsonNode a = props.path(key);
        if (!a.isArray() || a.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(a.size());
        a.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> split(String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : s.split(";")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
