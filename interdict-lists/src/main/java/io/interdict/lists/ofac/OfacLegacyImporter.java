package io.interdict.lists.ofac;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.ImportException;
import io.interdict.lists.io.CsvRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports OFAC's legacy CSV set — SDN ({@code sdn, add, alt, sdn_comments}) or the consolidated
 * non-SDN list ({@code cons_prim, cons_add, cons_alt, cons_comments}), which share one layout — into a
 * list measure. Rows are joined on ent_num; every bad row is reported and nothing is returned if any.
 */
public final class OfacLegacyImporter {
    /** The SDN list: entity ids {@code ofac-sdn:<ent_num>}. */
    public static final OfacLegacyImporter SDN = new OfacLegacyImporter("ofac-sdn", "OFAC SDN List",
            "Specially Designated Nationals and Blocked Persons List",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV");
    /** The consolidated non-SDN lists: entity ids {@code ofac-cons:<ent_num>}. */
    public static final OfacLegacyImporter CONS = new OfacLegacyImporter("ofac-cons", "OFAC Consolidated (non-SDN) List",
            "Consolidated Sanctions List (non-SDN lists)",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV");

    private final String source;
    private final String shortTitle;
    private final String title;
    private final String url;

    private OfacLegacyImporter(String source, String shortTitle, String title, String url) {
        this.source = source;
        this.shortTitle = shortTitle;
        this.title = title;
        this.url = url;
    }

    /** The four files' bytes, in the order main, addresses, aliases, comments; comments may be null. */
    public SourcePart importFiles(byte[] main, byte[] add, byte[] alt, byte[] comments, String listDate) {
        List<String> errors = new ArrayList<>();
        try {
            List<CsvRow> mainRows = LegacyCsv.read(new ByteArrayInputStream(main), source + " main", 12, errors);
            List<CsvRow> addRows = add == null ? List.of() : LegacyCsv.read(new ByteArrayInputStream(add), source + " add", 6, errors);
            List<CsvRow> altRows = alt == null ? List.of() : LegacyCsv.read(new ByteArrayInputStream(alt), source + " alt", 5, errors);
            List<CsvRow> comRows = comments == null ? List.of() : LegacyCsv.read(new ByteArrayInputStream(comments), source + " comments", 2, errors);
            List<Entity> entities = map(mainRows, addRows, altRows, comRows, errors);
            if (!errors.isEmpty()) {
                throw new ImportException(source, errors);
            }
            SourceInfo info = new SourceInfo(source, "US Treasury, OFAC", listDate, url, checksum(main, add, alt, comments));
            return new SourcePart(info, entities, List.of(), List.of(measure()));
        } catch (IOException e) {
            throw new ImportException(source, List.of(e.toString()));
        }
    }

    public Measure measure() {
        Prohibition blocked = new Prohibition("blocked", "Property and interests in property blocked; US persons may not deal with "
                + "listed persons or entities owned 50% or more by them (OFAC 50 Percent Rule, 2014-08-13)",
                List.of(), Set.of(Reach.DIRECT, Reach.OWNED_50_PERCENT), Set.of(), null, false, null, List.of(), false);
        return new Measure(source, shortTitle, title, "US Treasury, Office of Foreign Assets Control", Set.of("US"),
                List.of(new Citation(title, url, "primary")), List.of(), List.of(blocked), List.of(), true, source, List.of(
                "The legacy CSV carries no listing dates: entries count as listed on every date."));
    }

    private List<Entity> map(List<CsvRow> mainRows, List<CsvRow> addRows, List<CsvRow> altRows, List<CsvRow> comRows,
                             List<String> errors) {
        Map<String, List<CsvRow>> adds = group(addRows);
        Map<String, List<CsvRow>> alts = group(altRows);
        Map<String, List<CsvRow>> coms = group(comRows);
        Set<String> seen = new LinkedHashSet<>();
        List<Entity> out = new ArrayList<>(mainRows.size());
        for (CsvRow r : mainRows) {
            String num = LegacyCsv.value(r.get(0));
            String name = LegacyCsv.value(r.get(1));
            if (num == null || !num.matches("\\d+")) {
                errors.add(r.where() + ": ent_num '" + r.get(0) + "' is not a number");
                continue;
            }
            if (name == null) {
                errors.add(r.where() + ": SDN_Name is empty");
                continue;
            }
            if (!seen.add(num)) {
                errors.add(r.where() + ": duplicate ent_num " + num);
                continue;
            }
            out.add(entity(num, name, r, adds.getOrDefault(num, List.of()), alts.getOrDefault(num, List.of()),
                    coms.getOrDefault(num, List.of())));
        }
        for (Map<String, List<CsvRow>> g : List.of(adds, alts, coms)) {
            for (Map.Entry<String, List<CsvRow>> e : g.entrySet()) {
                if (!seen.contains(e.getKey())) {
                    errors.add(e.getValue().get(0).where() + ": ent_num " + e.getKey() + " is not in the main file");
                }
            }
        }
        return out;
    }

    private static Map<String, List<CsvRow>> group(List<CsvRow> rows) {
        Map<String, List<CsvRow>> m = new LinkedHashMap<>();
        for (CsvRow r : rows) {
            String k = LegacyCsv.value(r.get(0));
            if (k != null) {
                m.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        return m;
    }

    private Entity entity(String num, String name, CsvRow r, List<CsvRow> adds, List<CsvRow> alts, List<CsvRow> coms) {
        String type = LegacyCsv.value(r.get(2));
        EntityKind kind = type == null ? EntityKind.ORGANIZATION : EntityKind.of(type);
        StringBuilder remarksB = new StringBuilder(LegacyCsv.value(r.get(11)) == null ? "" : LegacyCsv.value(r.get(11)));
        for (CsvRow c : coms) {
            String more = LegacyCsv.value(c.get(1));
            if (more != null) {
                remarksB.append(more);    // sdn_comments continues Remarks past its length limit
            }
        }
        String remarks = remarksB.isEmpty() ? null : remarksB.toString();
        List<Name> names = new ArrayList<>();
        names.add(new Name(name, null, NameStrength.PRIMARY, null));
        for (CsvRow a : alts) {
            String alias = LegacyCsv.value(a.get(3));
            if (alias != null) {
                names.add(new Name(alias, null, NameStrength.ALIAS, null));
            }
        }
        for (String weak : SdnRemarks.weakAliases(remarks)) {
            names.add(new Name(weak, null, NameStrength.WEAK_ALIAS, null));
        }
        List<Identifier> ids = new ArrayList<>(SdnRemarks.identifiers(remarks));
        String callSign = LegacyCsv.value(r.get(5));
        if (callSign != null) {
            ids.add(new Identifier("callsign", callSign));
        }
        Map<String, List<String>> attrs = new LinkedHashMap<>();
        put(attrs, "programs", programs(LegacyCsv.value(r.get(3))));
        put(attrs, "title", LegacyCsv.value(r.get(4)));
        put(attrs, "vessel_type", LegacyCsv.value(r.get(6)));
        put(attrs, "tonnage", LegacyCsv.value(r.get(7)));
        put(attrs, "grt", LegacyCsv.value(r.get(8)));
        put(attrs, "vessel_flag", LegacyCsv.value(r.get(9)));
        put(attrs, "vessel_owner", LegacyCsv.value(r.get(10)));
        put(attrs, "remarks", remarks);
        put(attrs, "dates_of_birth", SdnRemarks.datesOfBirth(remarks));
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        StringBuilder raw = new StringBuilder(r.raw());
        for (CsvRow a : adds) {
            raw.append('\n').append(a.raw());
            List<String> parts = new ArrayList<>();
            for (int i = 2; i <= 4; i++) {
                String v = LegacyCsv.value(a.get(i));
                if (v != null) {
                    parts.add(v);
                }
            }
            if (!parts.isEmpty()) {
                addresses.add(String.join(", ", parts));
            }
            String iso = Countries.iso(LegacyCsv.value(a.get(4)));
            if (iso != null) {
                countries.add(iso);
            }
        }
        alts.forEach(a -> raw.append('\n').append(a.raw()));
        coms.forEach(c -> raw.append('\n').append(c.raw()));
        put(attrs, "addresses", addresses);
        return new Entity(source + ":" + num, kind, names, ids, List.copyOf(countries), attrs, false, raw.toString());
    }

    private static List<String> programs(String field) {
        List<String> out = new ArrayList<>();
        if (field != null) {
            for (String p : field.split("\\]\\s*\\[")) {
                String t = p.replace("[", "").replace("]", "").trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static void put(Map<String, List<String>> attrs, String key, String value) {
        if (value != null) {
            attrs.put(key, List.of(value));
        }
    }

    private static void put(Map<String, List<String>> attrs, String key, List<String> values) {
        if (!values.isEmpty()) {
            attrs.put(key, List.copyOf(values));
        }
    }

    static String checksum(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                if (p != null) {
                    md.update(p);
                }
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Country names as OFAC writes them to ISO 3166 alpha-2. */
    static final class Countries {
        private static final Map<String, String> BY_NAME = build();

        private static Map<String, String> build() {
            Map<String, String> m = new LinkedHashMap<>();
            for (String iso : Locale.getISOCountries()) {
                m.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
            }
            // OFAC spellings that differ from the JDK's English names.
            m.put("russia", "RU");
            m.put("iran", "IR");
            m.put("syria", "SY");
            m.put("burma", "MM");
            m.put("korea, north", "KP");
            m.put("korea, south", "KR");
            m.put("north korea", "KP");
            m.put("south korea", "KR");
            m.put("venezuela", "VE");
            m.put("bolivia", "BO");
            m.put("tanzania", "TZ");
            m.put("vietnam", "VN");
            m.put("laos", "LA");
            m.put("moldova", "MD");
            m.put("macau", "MO");
            m.put("taiwan", "TW");
            m.put("west bank", "PS");
            m.put("gaza", "PS");
            m.put("palestinian", "PS");
            m.put("congo, democratic republic of the", "CD");
            m.put("congo, republic of the", "CG");
            m.put("the bahamas", "BS");
            m.put("the gambia", "GM");
            m.put("czech republic", "CZ");
            m.put("turkey", "TR");
            m.put("cote d ivoire", "CI");
            m.put("bosnia and herzegovina", "BA");
            m.put("macedonia", "MK");
            m.put("north macedonia", "MK");
            return m;
        }

        static String iso(String name) {
            return name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT));
        }
    }
}
