package io.interdict.lists.csl;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.HeaderCsv;
import io.interdict.lists.common.IdLabels;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.NsCmic;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.LegalForms;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.Text;
import io.interdict.lists.dpl.DplImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Consolidated Screening List (trade.gov {@code consolidated.csv}). Each sub-list maps to the list
 * measure that owns it, and its rows get that measure's id prefix, because the core attaches a list
 * measure to entities by id prefix:
 * <ul>
 *   <li>SDN rows become {@code ofac-sdn:<ent_num>} (the same ids as the OFAC import), other Treasury
 *       lists (SSI, FSE, PLC, CAPTA, NS-MBS) {@code ofac-cons:<ent_num>}, NS-CMIC {@code us-ofac-ns-cmic:<ent_num>}
 *       (securities only; its rows' {@code start_date} is the CMIC listing date);</li>
 *   <li>Entity List rows {@code us-bis-entity-list:<_id>}, so hits report {@code us-bis-entity-list};</li>
 *   <li>DPL rows {@code us-bis-dpl:<name hash>} (as the DPL import); UVL, MEU, ITAR debarred and ISN rows
 *       {@code us-bis-uvl:}, {@code us-bis-meu:}, {@code us-ddtc-debarred:}, {@code us-isn:} + {@code _id}.</li>
 * </ul>
 * Rows that map to the same id (one ent_num on SSI and CAPTA) merge into one entity.
 */
public final class CslImporter implements ListImporter {
    public static final String SOURCE = "us-csl";
    public static final String URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv";
    static final List<String> COLUMNS = List.of("_id", "source", "entity_number", "type", "programs", "name", "title",
            "addresses", "federal_register_notice", "start_date", "end_date", "standard_order", "license_requirement",
            "license_policy", "call_sign", "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag",
            "vessel_owner", "remarks", "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities",
            "places_of_birth", "source_information_url", "ids");
    private static final Pattern CODE = Pattern.compile("\\(([A-Z-]+)(?: List)?\\)");
    private static final Pattern SEMI = Pattern.compile("; ");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** CSL sub-list code to the measure (= entity id prefix) it belongs to. */
    static final Map<String, String> MEASURE_OF = Map.ofEntries(
            Map.entry("SDN", "ofac-sdn"),
            Map.entry("SSI", "ofac-cons"), Map.entry("FSE", "ofac-cons"), Map.entry("PLC", "ofac-cons"),
            Map.entry("CAP", "ofac-cons"), Map.entry("NS-MBS", "ofac-cons"), Map.entry("CMIC", NsCmic.MEASURE),
            Map.entry("EL", "us-bis-entity-list"), Map.entry("DPL", "us-bis-dpl"), Map.entry("UVL", "us-bis-uvl"),
            Map.entry("MEU", "us-bis-meu"), Map.entry("DTC", "us-ddtc-debarred"), Map.entry("ISN", "us-isn"));

    @Override
    public String source() {
        return SOURCE;
    }

    /** The sub-list code in the {@code source} column: "Entity List (EL) - Bureau of Industry and Security" is EL. */
    public static String code(String source) {
        if (source == null) {
            return null;
        }
        Matcher m = CODE.matcher(source);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        ListFile f = p.onlyFile(files, SOURCE, "consolidated.csv");
        String text = Text.decode(f, StandardCharsets.UTF_8, p);
        List<HeaderCsv.Row> rows = text == null ? List.of() : HeaderCsv.read(text, ',', f, COLUMNS, p);
        Map<String, EntityBuilder> byId = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        Set<String> measures = new LinkedHashSet<>();
        String newest = null;
        for (HeaderCsv.Row r : rows) {
            String code = code(r.get("source"));
            String measure = MEASURE_OF.get(code);
            if (measure == null) {
                p.error(f.name(), r.line(), "source", "unknown sub-list '" + r.get("source") + "'");
                continue;
            }
            String name = r.get("name");
            if (name == null) {
                p.error(f.name(), r.line(), "name", "row without a name");
                continue;
            }
            String key;
            if (measure.startsWith("ofac-") || measure.equals(NsCmic.MEASURE)) {
                key = r.get("entity_number");
                if (key == null || !key.chars().allMatch(Character::isDigit)) {
                    p.error(f.name(), r.line(), "entity_number", "Treasury row without an OFAC ent_num");
                    continue;
                }
            } else if (measure.equals(DplImporter.SOURCE)) {
                key = DplImporter.id(name).substring(DplImporter.SOURCE.length() + 1);
            } else {
                key = r.get("_id");
                if (key == null) {
                    p.error(f.name(), r.line(), "_id", "row without an _id");
                    continue;
                }
            }
            String id = measure + ":" + key;
            Long previous = seen.put(code + "|" + id, r.line());
            if (previous != null && !measure.equals(DplImporter.SOURCE)) {
                // Seen in 2022-05: ent_num 18725 twice on CAPTA. Same entry, so merged; kept visible.
                p.warn(f.name(), r.line(), "_id", id + " repeats line " + previous + " of the same sub-list " + code);
            }
            measures.add(measure);
            map(r, code, byId.computeIfAbsent(id, EntityBuilder::new));
            String start = r.get("start_date");
            if (start != null && ISO_DATE.matcher(start).matches() && (newest == null || start.compareTo(newest) > 0)) {
                newest = start;
            }
        }
        p.failIfAny(rows.size());
        List<Entity> entities = new ArrayList<>(byId.size());
        byId.values().forEach(b -> entities.add(b.build()));
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        List<Measure> ms = new ArrayList<>();
        measures.forEach(m -> ms.add(ListCatalog.measure(m)));
        // The CSL carries no publication date; the newest start_date is a lower bound for it.
        SourceInfo info = new SourceInfo(SOURCE, "U.S. Department of Commerce, International Trade Administration",
                listDate != null ? listDate : newest, URL, Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), ms), p.report(rows.size(), entities.size(), names));
    }

    static void map(HeaderCsv.Row r, String code, EntityBuilder e) {
        String type = r.get("type");
        e.kind(type == null ? EntityKind.UNKNOWN : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityKind.PERSON;
            case "vessel" -> EntityKind.VESSEL;
            case "aircraft" -> EntityKind.AIRCRAFT;
            default -> EntityKind.ORGANIZATION;
        });
        if (type == null && LegalForms.looksLikeOrganization(r.get("name"))) {
            e.kind(EntityKind.ORGANIZATION);
        }
        e.name(r.get("name"), NameStrength.PRIMARY);
        for (String alt : split(r.get("alt_names"))) {
            e.name(alt, NameStrength.ALIAS);
        }
        e.attr("csl_source", code);
        e.attr("csl_id", r.get("_id"));
        for (String prog : split(r.get("programs"))) {
            e.attr(EntityBuilder.PROGRAMS, prog);
        }
        e.attr("title", r.get("title"));
        for (String a : split(r.get("addresses"))) {
            e.attr(EntityBuilder.ADDRESS, a);
            // CSL addresses end with the ISO country code: "..., Borisov, 222512, BY".
            int comma = a.lastIndexOf(", ");
            String last = comma >= 0 ? a.substring(comma + 2) : a;
            if (last.length() == 2 && Character.isUpperCase(last.charAt(0)) && Character.isUpperCase(last.charAt(1))) {
                e.country(last);
            }
        }
        e.attr("federal_register", r.get("federal_register_notice"));
        e.attr(EntityBuilder.LISTED_ON, r.get("start_date"));
        e.attr("end_date", r.get("end_date"));
        e.attr("standard_order", r.get("standard_order"));
        e.attr("license_requirement", r.get("license_requirement"));
        e.attr("license_policy", r.get("license_policy"));
        if (r.get("call_sign") != null) {
            e.identifier("call_sign", r.get("call_sign"));
        }
        e.attr("vessel_type", r.get("vessel_type"));
        e.attr("tonnage", r.get("gross_tonnage"));
        e.attr("gross_registered_tonnage", r.get("gross_registered_tonnage"));
        e.attr("vessel_flag", r.get("vessel_flag"));
        e.attr("vessel_owner", r.get("vessel_owner"));
        e.attr(EntityBuilder.REMARKS, r.get("remarks"));
        for (String c : split(r.get("citizenships"))) {
            e.country(c.length() == 2 ? c : null).attr("citizenship", c);
        }
        for (String c : split(r.get("nationalities"))) {
            e.country(c.length() == 2 ? c : null).attr(EntityBuilder.NATIONALITY, c);
        }
        for (String d : split(r.get("dates_of_birth"))) {
            e.attr(EntityBuilder.BIRTH_DATE, d);
        }
        for (String b : split(r.get("places_of_birth"))) {
            e.attr(EntityBuilder.BIRTH_PLACE, b);
        }
        e.attr("source_list_url", r.get("source_list_url"));
        e.attr("source_information_url", r.get("source_information_url"));
        for (String id : split(r.get("ids"))) {
            identifier(id, e);
        }
        e.raw(r.raw(','));
    }

    /**
     * One {@code ids} item: {@code [COUNTRY, ][issued, ][expires, ]NUMBER, Label}, e.g.
     * {@code JO, 2014-08-30, 2009-08-31, K475336, Passport}. Labels that are facts, not identifiers
     * ("Gender", "Listing Date (CMIC)"), become attributes.
     */
    static void identifier(String item, EntityBuilder e) {
        int last = item.lastIndexOf(", ");
        if (last < 0) {
            e.attr("csl_ids", item);
            return;
        }
        String label = item.substring(last + 2).strip();
        String rest = item.substring(0, last);
        if (NsCmic.date(label, rest, e)) {
            return;
        }
        String scheme = IdLabels.scheme(label);
        if (scheme == null) {
            e.attr("id_" + IdLabels.slug(label), rest);
            return;
        }
        List<String> parts = new ArrayList<>(List.of(rest.split(", ")));
        if (parts.size() > 1 && parts.get(0).matches("[A-Z]{2}")) {
            e.attr(scheme + "_country", parts.remove(0));
        }
        parts.removeIf(s -> ISO_DATE.matcher(s).matches());
        e.identifier(scheme, String.join(", ", parts));
    }

    static List<String> split(String multi) {
        if (multi == null) {
            return List.of();
        }
        if (multi.indexOf("; ") < 0) {
            return List.of(multi);
        }
        List<String> out = new ArrayList<>();
        for (String s : SEMI.split(multi)) {
            String c = Text.clean(s);
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
