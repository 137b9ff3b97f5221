package io.interdict.lists.un;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.IdLabels;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.XmlNode;
import io.interdict.lists.common.XmlRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * UN Security Council Consolidated List XML ({@code consolidated.xml}): {@code INDIVIDUALS/INDIVIDUAL}
 * and {@code ENTITIES/ENTITY}, ids {@code un-sc:<REFERENCE_NUMBER>} (e.g. {@code un-sc:QDi.001}).
 */
public final class UnScImporter implements ListImporter {
    public static final String SOURCE = "un-sc";
    public static final String URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        ListFile f = p.onlyFile(files, SOURCE, "consolidated.xml");
        Map<String, Entity> byRef = new LinkedHashMap<>();
        String[] generated = {null};
        int[] rows = {0};
        boolean ok = XmlRecords.stream(f, Set.of("INDIVIDUAL", "ENTITY"),
                root -> generated[0] = root.attr("dateGenerated"),
                rec -> {
                    rows[0]++;
                    Entity e = map(rec, f.name(), p);
                    if (e != null && byRef.putIfAbsent(e.id(), e) != null) {
                        p.error(f.name(), rec.line(), "REFERENCE_NUMBER", "duplicate reference number " + e.id());
                    }
                }, null, p);
        if (ok && !"CONSOLIDATED_LIST".equals(rootName(f))) {
            p.error(f.name(), 1, null, "root element is not CONSOLIDATED_LIST");
        }
        p.failIfAny(rows[0]);
        List<Entity> entities = new ArrayList<>(byRef.values());
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        String date = listDate != null ? listDate : generated[0] == null ? null : generated[0].substring(0, Math.min(10, generated[0].length()));
        SourceInfo info = new SourceInfo(SOURCE, "United Nations Security Council", date, URL, Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), List.of(ListCatalog.measure(SOURCE))),
                p.report(rows[0], entities.size(), names));
    }

    private static String rootName(ListFile f) {
        String head = new String(f.bytes(), 0, Math.min(f.bytes().length, 2048), java.nio.charset.StandardCharsets.UTF_8);
        return head.contains("<CONSOLIDATED_LIST") ? "CONSOLIDATED_LIST" : "?";
    }

    /** Maps one INDIVIDUAL or ENTITY record; null (with an error) when it has no reference number or name. */
    public static Entity map(XmlNode rec, String file, Problems p) {
        String ref = rec.text("REFERENCE_NUMBER");
        if (ref == null) {
            p.error(file, rec.line(), "REFERENCE_NUMBER", "record without a reference number (DATAID " + rec.text("DATAID") + ")");
            return null;
        }
        boolean person = rec.name().equals("INDIVIDUAL");
        EntityBuilder e = new EntityBuilder(SOURCE + ":" + ref).kind(person ? EntityKind.PERSON : EntityKind.ORGANIZATION);
        StringJoiner full = new StringJoiner(" ");
        for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = rec.text(part);
            if (v != null) {
                full.add(v);
            }
        }
        e.name(full.toString(), NameStrength.PRIMARY);
        if (!e.hasNames()) {
            p.error(file, rec.line(), "FIRST_NAME", ref + " has no name");
            return null;
        }
        e.name(rec.text("NAME_ORIGINAL_SCRIPT"), NameStrength.ALIAS);
        for (XmlNode a : rec.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            // "Low" quality aliases are the UN's weak ones; "Good", a.k.a. and f.k.a. are strong.
            String q = a.text("QUALITY");
            e.name(a.text("ALIAS_NAME"), q != null && q.equalsIgnoreCase("Low") ? NameStrength.WEAK_ALIAS : NameStrength.ALIAS);
        }
        e.attr(EntityBuilder.PROGRAMS, rec.text("UN_LIST_TYPE"));
        e.attr(EntityBuilder.LISTED_ON, rec.text("LISTED_ON"));
        e.attr(EntityBuilder.REMARKS, rec.text("COMMENTS1"));
        e.attr("gender", rec.text("GENDER"));
        e.attr("un_dataid", rec.text("DATAID"));
        for (String multi : List.of("TITLE", "DESIGNATION", "NATIONALITY", "LAST_DAY_UPDATED")) {
            XmlNode n = rec.child(multi);
            if (n == null) {
                continue;
            }
            for (XmlNode v : n.all("VALUE")) {
                if (multi.equals("NATIONALITY")) {
                    e.countryName(EntityBuilder.NATIONALITY, v.text());
                } else {
                    e.attr(multi.toLowerCase(Locale.ROOT), v.text());
                }
            }
        }
        for (XmlNode a : rec.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            StringJoiner addr = new StringJoiner(", ");
            for (String part : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")) {
                String v = a.text(part);
                if (v != null) {
                    addr.add(v);
                }
            }
            if (addr.length() > 0) {
                e.attr(EntityBuilder.ADDRESS, addr.toString());
            }
            e.countryName("address_country", a.text("COUNTRY"));
        }
        for (XmlNode d : rec.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            e.attr(EntityBuilder.BIRTH_DATE, birthDate(d));
        }
        for (XmlNode b : rec.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            StringJoiner pob = new StringJoiner(", ");
            for (String part : List.of("CITY", "STATE_PROVINCE", "COUNTRY")) {
                String v = b.text(part);
                if (v != null) {
                    pob.add(v);
                }
            }
            if (pob.length() > 0) {
                e.attr(EntityBuilder.BIRTH_PLACE, pob.toString());
            }
        }
        for (XmlNode d : rec.all("INDIVIDUAL_DOCUMENT")) {
            String number = d.text("NUMBER");
            if (number == null) {
                continue;
            }
            e.identifier(documentScheme(d.text("TYPE_OF_DOCUMENT")), number);
            e.attr("document", String.join(" / ", nonNull(d.text("TYPE_OF_DOCUMENT"), d.text("TYPE_OF_DOCUMENT2"), number,
                    d.text("ISSUING_COUNTRY"), d.text("NOTE"))));
        }
        e.raw(rec.toXml());
        return e.build();
    }

    /** The UN writes document types in English, French or Spanish ("Numéro de passeport"). */
    static String documentScheme(String type) {
        if (type == null) {
            return "document";
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
            return "passport";
        }
        if (t.contains("national identification") || t.contains("national id") || t.contains("identity card")) {
            return "national_id";
        }
        String s = IdLabels.scheme(type);
        return s != null ? s : IdLabels.slug(type);
    }

    static String birthDate(XmlNode d) {
        String type = d.text("TYPE_OF_DATE");
        String date = d.text("DATE") != null ? d.text("DATE") : d.text("YEAR");
        if (date == null && d.text("FROM_YEAR") != null) {
            date = d.text("FROM_YEAR") + (d.text("TO_YEAR") != null ? "/" + d.text("TO_YEAR") : "");
        }
        if (date == null) {
            return null;
        }
        return "APPROXIMATELY".equals(type) ? "circa " + date : date;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
