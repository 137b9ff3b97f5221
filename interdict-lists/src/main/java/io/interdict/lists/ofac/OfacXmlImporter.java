package io.interdict.lists.ofac;

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
import io.interdict.lists.common.NsCmic;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.XmlNode;
import io.interdict.lists.common.XmlRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * OFAC XML in both published schemas, detected from the root element:
 * the legacy {@code sdnList} ({@code sdn.xml}, {@code consolidated.xml}; namespace tempuri.org/sdnList.xsd)
 * and the Sanctions List Service "Enhanced" XML ({@code sanctionsData}). Ids are the OFAC entry numbers
 * ({@code uid} / {@code entity@id}), so they agree with the legacy CSV import of the same list.
 */
public final class OfacXmlImporter implements ListImporter {
    private final String source;

    private OfacXmlImporter(String source) {
        this.source = source;
    }

    public static OfacXmlImporter sdn() {
        return new OfacXmlImporter("ofac-sdn");
    }

    public static OfacXmlImporter consolidated() {
        return new OfacXmlImporter("ofac-cons");
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(source);
        ListFile f = p.onlyFile(files, source, "OFAC XML file");
        Map<String, Entity> byId = new LinkedHashMap<>();
        String[] rootName = {null};
        String[] date = {null};
        int[] rows = {0};
        XmlRecords.stream(f, Set.of("sdnEntry", "entity"), root -> rootName[0] = root.name(), rec -> {
            if (rec.name().equals("publshInformation")) {
                date[0] = mdy(rec.text("Publish_Date"));
                return;
            }
            if (rec.name().equals("publicationInfo")) {
                String d = rec.text("dataAsOf");
                date[0] = d == null ? null : d.substring(0, Math.min(10, d.length()));
                return;
            }
            rows[0]++;
            Entity e = rec.name().equals("sdnEntry") ? legacy(rec, f.name(), p) : enhanced(rec, f.name(), p);
            if (e != null && byId.putIfAbsent(e.id(), e) != null) {
                p.error(f.name(), rec.line(), "uid", "duplicate entry " + e.id());
            }
        }, Set.of("publshInformation", "publicationInfo"), p);
        if (rootName[0] != null && !rootName[0].equals("sdnList") && !rootName[0].equals("sanctionsData")) {
            p.error(f.name(), 1, null, "root element '" + rootName[0] + "' is neither sdnList nor sanctionsData");
        }
        p.failIfAny(rows[0]);
        List<Entity> entities = new ArrayList<>(byId.values());
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        SourceInfo info = new SourceInfo(source, "U.S. Department of the Treasury, OFAC", listDate != null ? listDate : date[0],
                source.equals("ofac-sdn") ? "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML"
                        : "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ENHANCED.XML",
                Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), OfacCsvImporter.measures(source)),
                p.report(rows[0], entities.size(), names));
    }

    static String mdy(String s) {
        if (s == null || !s.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return s;
        }
        return s.substring(6) + "-" + s.substring(0, 2) + "-" + s.substring(3, 5);
    }

    /** Individuals are written "LAST, First" as in the CSV so that both imports give the same names. */
    private static String fullName(XmlNode n) {
        String last = n.text("lastName");
        String first = n.text("firstName");
        if (last == null) {
            return first;
        }
        return first == null ? last : last + ", " + first;
    }

    Entity legacy(XmlNode rec, String file, Problems p) {
        String uid = rec.text("uid");
        if (uid == null) {
            p.error(file, rec.line(), "uid", "sdnEntry without uid");
            return null;
        }
        EntityBuilder e = new EntityBuilder(source + ":" + uid).kind(OfacMapper.kind(rec.text("sdnType")));
        e.name(fullName(rec), NameStrength.PRIMARY);
        if (!e.hasNames()) {
            p.error(file, rec.line(), "lastName", uid + " has no name");
            return null;
        }
        XmlNode akas = rec.child("akaList");
        if (akas != null) {
            for (XmlNode a : akas.all("aka")) {
                e.name(fullName(a), "weak".equalsIgnoreCase(a.text("category")) ? NameStrength.WEAK_ALIAS : NameStrength.ALIAS);
            }
        }
        XmlNode programs = rec.child("programList");
        if (programs != null) {
            programs.all("program").forEach(pr -> e.attr(EntityBuilder.PROGRAMS, pr.text()));
        }
        e.attr("title", rec.text("title"));
        XmlNode ids = rec.child("idList");
        if (ids != null) {
            for (XmlNode id : ids.all("id")) {
                String scheme = IdLabels.scheme(id.text("idType"));
                if (scheme != null && id.text("idNumber") != null) {
                    e.identifier(scheme, id.text("idNumber"));
                } else {
                    e.attr("id_" + IdLabels.slug(String.valueOf(id.text("idType"))), id.text("idNumber"));
                }
                e.attr((scheme == null ? "id" : scheme) + "_country", id.text("idCountry"));
            }
        }
        XmlNode addresses = rec.child("addressList");
        if (addresses != null) {
            for (XmlNode a : addresses.all("address")) {
                StringJoiner j = new StringJoiner(", ");
                for (String part : List.of("address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country")) {
                    if (a.text(part) != null) {
                        j.add(a.text(part));
                    }
                }
                if (j.length() > 0) {
                    e.attr(EntityBuilder.ADDRESS, j.toString());
                }
                e.countryName("address_country", a.text("country"));
            }
        }
        XmlNode dobs = rec.child("dateOfBirthList");
        if (dobs != null) {
            dobs.all("dateOfBirthItem").forEach(d -> e.attr(EntityBuilder.BIRTH_DATE, d.text("dateOfBirth")));
        }
        XmlNode pobs = rec.child("placeOfBirthList");
        if (pobs != null) {
            pobs.all("placeOfBirthItem").forEach(d -> e.attr(EntityBuilder.BIRTH_PLACE, d.text("placeOfBirth")));
        }
        for (String list : List.of("nationalityList", "citizenshipList")) {
            XmlNode n = rec.child(list);
            if (n != null) {
                for (XmlNode c : n.children()) {
                    e.countryName(list.startsWith("nat") ? EntityBuilder.NATIONALITY : "citizenship", c.text("country"));
                }
            }
        }
        XmlNode vessel = rec.child("vesselInfo");
        if (vessel != null) {
            if (vessel.text("callSign") != null) {
                e.identifier("call_sign", vessel.text("callSign"));
            }
            e.attr("vessel_type", vessel.text("vesselType"));
            e.countryName("vessel_flag", vessel.text("vesselFlag"));
            e.attr("vessel_owner", vessel.text("vesselOwner"));
        }
        OfacRemarks.apply(rec.text("remarks"), e);
        e.raw(rec.toXml());
        return e.build();
    }

    Entity enhanced(XmlNode rec, String file, Problems p) {
        String id = rec.attr("id");
        if (id == null) {
            p.error(file, rec.line(), "id", "entity without id");
            return null;
        }
        XmlNode type = rec.path("generalInfo/entityType");
        String t = type == null ? null : type.text();
        List<String> programList = new ArrayList<>();
        XmlNode programs = rec.child("sanctionsPrograms");
        if (programs != null) {
            programs.all("sanctionsProgram").forEach(pr -> programList.add(pr.text()));
        }
        boolean cmic = source.equals("ofac-cons") && NsCmic.only(programList);
        EntityBuilder e = new EntityBuilder((cmic ? NsCmic.MEASURE : source) + ":" + id).kind(t == null ? EntityKind.UNKNOWN : switch (t) {
            case "Individual" -> EntityKind.PERSON;
            case "Vessel" -> EntityKind.VESSEL;
            case "Aircraft" -> EntityKind.AIRCRAFT;
            default -> EntityKind.ORGANIZATION;
        });
        XmlNode names = rec.child("names");
        if (names != null) {
            for (XmlNode n : names.all("name")) {
                boolean primary = "true".equals(n.text("isPrimary"));
                boolean low = "true".equals(n.text("isLowQuality"));
                NameStrength s = low ? NameStrength.WEAK_ALIAS : primary ? NameStrength.PRIMARY : NameStrength.ALIAS;
                XmlNode translations = n.child("translations");
                if (translations == null) {
                    continue;
                }
                for (XmlNode tr : translations.all("translation")) {
                    // A name's other-script translations are aliases of it, never a second primary.
                    boolean main = "true".equals(tr.text("isPrimary"));
                    e.name(tr.text("formattedFullName"), main ? s : s == NameStrength.PRIMARY ? NameStrength.ALIAS : s);
                }
            }
        }
        if (!e.hasNames()) {
            p.error(file, rec.line(), "names", id + " has no name");
            return null;
        }
        XmlNode lists = rec.child("sanctionsLists");
        if (lists != null) {
            for (XmlNode l : lists.all("sanctionsList")) {
                e.attr("sanctions_list", l.text());
                e.attr("sanctions_list_published", l.attr("datePublished"));
                if (!cmic) {
                    // The day the entry was published on that list; an NS-CMIC entry is dated by its CMIC features.
                    e.attr(EntityBuilder.LISTED_ON, l.attr("datePublished"));
                }
            }
        }
        programList.forEach(pr -> e.attr(EntityBuilder.PROGRAMS, pr));
        XmlNode docs = rec.child("identityDocuments");
        if (docs != null) {
            for (XmlNode d : docs.all("identityDocument")) {
                String label = d.text("type");
                String scheme = IdLabels.scheme(label);
                if (scheme != null) {
                    e.identifier(scheme, d.text("documentNumber"));
                    e.attr(scheme + "_country", d.text("issuingCountry"));
                } else {
                    e.attr("id_" + IdLabels.slug(String.valueOf(label)), d.text("documentNumber"));
                }
            }
        }
        XmlNode addresses = rec.child("addresses");
        if (addresses != null) {
            for (XmlNode a : addresses.all("address")) {
                StringJoiner j = new StringJoiner(", ");
                XmlNode parts = a.path("translations/translation/addressParts");
                if (parts != null) {
                    parts.all("addressPart").forEach(ap -> {
                        if (ap.text("value") != null) {
                            j.add(ap.text("value"));
                        }
                    });
                }
                String country = a.text("country");
                if (country != null) {
                    j.add(country);
                }
                if (j.length() > 0) {
                    e.attr(EntityBuilder.ADDRESS, j.toString());
                }
                e.countryName("address_country", country);
            }
        }
        XmlNode features = rec.child("features");
        if (features != null) {
            for (XmlNode f : features.all("feature")) {
                feature(f.text("type"), f.text("value"), e);
            }
        }
        e.raw(rec.toXml());
        return e.build();
    }

    private static void feature(String type, String value, EntityBuilder e) {
        if (type == null || value == null || NsCmic.date(type, value, e)) {
            return;
        }
        switch (type) {
            case "Birthdate" -> e.attr(EntityBuilder.BIRTH_DATE, value);
            case "Place of Birth" -> e.attr(EntityBuilder.BIRTH_PLACE, value);
            case "Nationality Country" -> e.countryName(EntityBuilder.NATIONALITY, value);
            case "Citizenship Country" -> e.countryName("citizenship", value);
            case "Gender" -> e.attr("gender", value);
            default -> {
                String scheme = IdLabels.scheme(type);
                if (type.startsWith("Digital Currency Address")) {
                    e.identifier("crypto", value);
                } else if (scheme != null) {
                    e.identifier(scheme, value);
                } else {
                    e.attr(IdLabels.slug(type), value);
                }
            }
        }
    }
}
