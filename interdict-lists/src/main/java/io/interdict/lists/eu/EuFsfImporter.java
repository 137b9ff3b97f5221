package io.interdict.lists.eu;

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

/** EU Financial Sanctions Files XML 1.1 ({@code sanctionEntity}), ids {@code eu-fsf:<logicalId>}. */
public final class EuFsfImporter implements ListImporter {
    public static final String SOURCE = "eu-fsf";
    public static final String URL = "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw";

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        ListFile f = p.onlyFile(files, SOURCE, "FSF XML file");
        Map<String, Entity> byId = new LinkedHashMap<>();
        String[] generated = {null};
        int[] rows = {0};
        XmlRecords.stream(f, Set.of("sanctionEntity"), root -> {
            if (!root.name().equals("export")) {
                p.error(f.name(), root.line(), null, "root element is '" + root.name() + "', expected 'export'");
            }
            generated[0] = root.attr("generationDate");
        }, rec -> {
            rows[0]++;
            Entity e = map(rec, f.name(), p);
            if (e != null && byId.putIfAbsent(e.id(), e) != null) {
                p.error(f.name(), rec.line(), "logicalId", "duplicate logicalId " + e.id());
            }
        }, null, p);
        p.failIfAny(rows[0]);
        List<Entity> entities = new ArrayList<>(byId.values());
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        String date = listDate != null ? listDate : generated[0] == null ? null : generated[0].substring(0, Math.min(10, generated[0].length()));
        SourceInfo info = new SourceInfo(SOURCE, "European Commission, DG FISMA", date, URL, Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), List.of(ListCatalog.measure(SOURCE))),
                p.report(rows[0], entities.size(), names));
    }

    public static Entity map(XmlNode rec, String file, Problems p) {
        String logicalId = rec.attr("logicalId");
        if (logicalId == null) {
            p.error(file, rec.line(), "logicalId", "sanctionEntity without logicalId");
            return null;
        }
        EntityBuilder e = new EntityBuilder(SOURCE + ":" + logicalId);
        XmlNode subject = rec.child("subjectType");
        String code = subject == null ? null : subject.attr("code");
        e.kind(code == null ? EntityKind.UNKNOWN : switch (code) {
            case "person" -> EntityKind.PERSON;
            case "enterprise" -> EntityKind.ORGANIZATION;
            default -> EntityKind.UNKNOWN;
        });
        boolean first = true;
        for (XmlNode n : rec.all("nameAlias")) {
            String whole = n.attr("wholeName");
            if (whole == null) {
                StringJoiner j = new StringJoiner(" ");
                for (String part : List.of("firstName", "middleName", "lastName")) {
                    if (n.attr(part) != null) {
                        j.add(n.attr(part));
                    }
                }
                whole = j.toString();
            }
            // The FSF marks names it does not vouch for with strong="false": those are weak aliases.
            NameStrength s = "false".equals(n.attr("strong")) ? NameStrength.WEAK_ALIAS
                    : first ? NameStrength.PRIMARY : NameStrength.ALIAS;
            String lang = n.attr("nameLanguage");
            e.name(whole, s, lang == null ? null : lang.toLowerCase(Locale.ROOT));
            if (whole != null && !whole.isBlank()) {
                first = false;
            }
            e.attr("function", n.attr("function"));
            e.attr("gender", n.attr("gender"));
        }
        if (!e.hasNames()) {
            p.error(file, rec.line(), "nameAlias", logicalId + " has no name");
            return null;
        }
        e.attr("eu_reference", rec.attr("euReferenceNumber"));
        e.attr("un_reference", rec.attr("unitedNationId"));
        e.attr(EntityBuilder.LISTED_ON, rec.attr("designationDate"));
        for (XmlNode reg : rec.all("regulation")) {
            e.attr(EntityBuilder.PROGRAMS, reg.attr("programme"));
            e.attr("regulation", reg.attr("numberTitle"));
        }
        for (XmlNode c : rec.all("citizenship")) {
            e.country(c.attr("countryIso2Code")).attr(EntityBuilder.NATIONALITY, c.attr("countryDescription"));
        }
        for (XmlNode b : rec.all("birthdate")) {
            String d = b.attr("birthdate") != null ? b.attr("birthdate") : b.attr("year");
            e.attr(EntityBuilder.BIRTH_DATE, d == null ? null : "true".equals(b.attr("circa")) ? "circa " + d : d);
            StringJoiner pob = new StringJoiner(", ");
            for (String part : List.of("city", "place", "region", "countryDescription")) {
                String v = b.attr(part);
                if (v != null && !v.equals("-")) {
                    pob.add(v);
                }
            }
            if (pob.length() > 0) {
                e.attr(EntityBuilder.BIRTH_PLACE, pob.toString());
            }
        }
        for (XmlNode i : rec.all("identification")) {
            String number = i.attr("number");
            String type = i.attr("identificationTypeCode");
            if (number != null) {
                e.identifier(scheme(type, i.attr("identificationTypeDescription")), number);
                e.attr("document", (i.attr("identificationTypeDescription") == null ? type : i.attr("identificationTypeDescription"))
                        + " " + number + (i.attr("countryIso2Code") == null ? "" : " (" + i.attr("countryIso2Code") + ")"));
            }
        }
        for (XmlNode a : rec.all("address")) {
            StringJoiner addr = new StringJoiner(", ");
            for (String part : List.of("street", "poBox", "city", "zipCode", "region", "place", "countryDescription")) {
                String v = a.attr(part);
                if (v != null) {
                    addr.add(v);
                }
            }
            if (addr.length() > 0) {
                e.attr(EntityBuilder.ADDRESS, addr.toString());
            }
            e.country(a.attr("countryIso2Code"));
        }
        for (XmlNode r : rec.all("remark")) {
            e.attr(EntityBuilder.REMARKS, r.text());
        }
        e.raw(rec.toXml());
        return e.build();
    }

    /** FSF identification type codes: passport, id (national id), regnumber, swiftbic, imo, fiscalcode, other… */
    static String scheme(String code, String description) {
        if (code == null) {
            return "document";
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "passport" -> "passport";
            case "id" -> "national_id";
            case "regnumber" -> "registration";
            case "swiftbic" -> "bic";
            case "imo" -> "imo";
            case "fiscalcode", "tin" -> "tax_id";
            default -> description != null && IdLabels.scheme(description) != null ? IdLabels.scheme(description) : IdLabels.slug(code);
        };
    }
}
