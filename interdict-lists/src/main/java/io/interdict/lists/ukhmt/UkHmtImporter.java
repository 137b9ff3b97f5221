package io.interdict.lists.ukhmt;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK HM Treasury / OFSI consolidated list CSV: one row per name variant, grouped by {@code Group ID}
 * into entities {@code uk-hmt:<Group ID>}.
 */
public final class UkHmtImporter implements ListImporter {
    public static final String SOURCE = "uk-hmt";
    public static final String URL = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv";
    /** A document number inside free text: at least five digits, optionally led by letters ("G557170"). */
    private static final Pattern DOC_NUMBER = Pattern.compile("\\b[A-Z]{0,3}\\d[\\dA-Z-]{4,}\\b");
    private static final Pattern IMO = Pattern.compile("IMO(?: number)?[:.]?\\s*(\\d{7})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MMSI = Pattern.compile("MMSI[:.]?\\s*(\\d{9})", Pattern.CASE_INSENSITIVE);

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        ListFile f = p.onlyFile(files, SOURCE, "ConList CSV");
        UkHmtReader.Rows read = UkHmtReader.read(f, p);
        Map<String, EntityBuilder> groups = new LinkedHashMap<>();
        Map<String, String> groupType = new LinkedHashMap<>();
        for (UkHmtReader.Row r : read.rows()) {
            String gid = r.get("Group ID");
            if (gid == null || !gid.chars().allMatch(Character::isDigit)) {
                p.error(f.name(), r.line(), "Group ID", "missing or not a number: '" + gid + "'");
                continue;
            }
            String type = r.get("Group Type");
            String known = groupType.putIfAbsent(gid, String.valueOf(type));
            if (known != null && !known.equals(String.valueOf(type))) {
                p.error(f.name(), r.line(), "Group Type", "group " + gid + " is both " + known + " and " + type);
                continue;
            }
            EntityBuilder e = groups.computeIfAbsent(gid, k -> new EntityBuilder(SOURCE + ":" + k));
            if (!mapRow(r, e)) {
                p.error(f.name(), r.line(), "Name 6", "row without a name");
            }
        }
        p.failIfAny(read.rows().size());
        List<Entity> entities = new ArrayList<>(groups.size());
        int names = 0;
        for (EntityBuilder b : groups.values()) {
            Entity e = b.build();
            names += e.names().size();
            entities.add(e);
        }
        String date = listDate != null ? listDate : read.lastUpdated();
        SourceInfo info = new SourceInfo(SOURCE, "HM Treasury, Office of Financial Sanctions Implementation", date, URL,
                Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), List.of(ListCatalog.measure(SOURCE))),
                p.report(read.rows().size(), entities.size(), names));
    }

    /** Adds one name row to its group; false when the row has no name at all. */
    static boolean mapRow(UkHmtReader.Row r, EntityBuilder e) {
        String type = r.get("Group Type");
        String other = r.get("Other Information");
        EntityKind kind = type == null ? EntityKind.UNKNOWN : switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityKind.PERSON;
            case "ship" -> EntityKind.VESSEL;
            default -> EntityKind.ORGANIZATION;
        };
        // Before "Ship" existed, vessels were listed as entities whose remarks give an IMO number.
        Matcher imo = other == null ? null : IMO.matcher(other);
        if (imo != null && imo.find()) {
            e.identifier("imo", imo.group(1));
            if (kind == EntityKind.ORGANIZATION) {
                kind = EntityKind.VESSEL;
            }
        }
        Matcher mmsi = other == null ? null : MMSI.matcher(other);
        if (mmsi != null && mmsi.find()) {
            e.identifier("mmsi", mmsi.group(1));
        }
        e.kind(kind);
        StringJoiner name = new StringJoiner(" ");
        for (String c : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
            String v = r.get(c);
            if (v != null) {
                name.add(v);
            }
        }
        if (name.length() == 0) {
            return false;
        }
        String alias = r.get("Alias Type");
        String quality = r.get("Alias Quality");
        NameStrength s = "Prime Alias".equalsIgnoreCase(alias) ? NameStrength.PRIMARY
                : quality != null && quality.toLowerCase(Locale.ROOT).startsWith("low") ? NameStrength.WEAK_ALIAS
                : NameStrength.ALIAS;
        e.name(name.toString(), s);
        e.name(r.get("Name Non-Latin Script"), NameStrength.ALIAS);
        e.attr("title", r.get("Title"));
        e.attr(EntityBuilder.BIRTH_DATE, UkHmtReader.isoDate(r.get("DOB")));
        String pob = join(r.get("Town of Birth"), r.get("Country of Birth"));
        e.attr(EntityBuilder.BIRTH_PLACE, pob);
        String nat = r.get("Nationality");
        if (nat != null) {
            for (String n : nat.split("\\(?\\d+\\)\\s*")) {
                e.countryName(EntityBuilder.NATIONALITY, n.strip());
            }
        }
        documents("passport", r.get("Passport Number"), r.get("Passport Details"), e);
        documents("national_id", r.get("National Identification Number"), r.get("NI Details"), e);
        documents("national_id", null, r.get("NI Number"), e);
        e.attr("position", r.get("Position"));
        StringJoiner addr = new StringJoiner(", ");
        for (String c : List.of("Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country")) {
            String v = r.get(c);
            if (v != null) {
                addr.add(v);
            }
        }
        if (addr.length() > 0) {
            e.attr(EntityBuilder.ADDRESS, addr.toString());
        }
        e.countryName("address_country", r.get("Country"));
        e.attr(EntityBuilder.REMARKS, other);
        e.attr(EntityBuilder.PROGRAMS, r.get("Regime"));
        e.attr(EntityBuilder.LISTED_ON, UkHmtReader.isoDate(r.get("Listed On")));
        e.attr("uk_designated_on", UkHmtReader.isoDate(r.get("UK Sanctions List Date Designated")));
        e.attr("last_updated", UkHmtReader.isoDate(r.get("Last Updated")));
        e.raw(r.raw());
        return true;
    }

    private static void documents(String scheme, String number, String details, EntityBuilder e) {
        if (number != null) {
            int paren = number.indexOf(" (");
            e.identifier(scheme, paren > 0 ? number.substring(0, paren) : number);
        }
        if (details != null) {
            e.attr(scheme + "_details", details);
            if (number == null) {
                Matcher m = DOC_NUMBER.matcher(details.toUpperCase(Locale.ROOT));
                while (m.find()) {
                    if (m.group().chars().filter(Character::isDigit).count() >= 5) {
                        e.identifier(scheme, m.group());
                    }
                }
            }
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
