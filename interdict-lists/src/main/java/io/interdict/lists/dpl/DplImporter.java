package io.interdict.lists.dpl;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.HeaderCsv;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.LegalForms;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import io.interdict.lists.common.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * BIS Denied Persons List, tab-separated with a header. The file has no ids and repeats a person once
 * per address or order, so rows are grouped by name and the id is a hash of the normalised name:
 * {@code us-bis-dpl:<12 hex>}. The CSL's DPL rows get the same ids, so both imports describe the same entries.
 */
public final class DplImporter implements ListImporter {
    public static final String SOURCE = "us-bis-dpl";
    public static final String URL = "https://www.bis.doc.gov/dpl/dpl.txt";
    static final List<String> COLUMNS = List.of("Name", "Street_Address", "City", "State", "Country", "Postal_Code",
            "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action", "FR_Citation");

    @Override
    public String source() {
        return SOURCE;
    }

    /** The stable key of a denied person: the upper-cased name with white space collapsed, hashed. */
    public static String id(String name) {
        String norm = name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return SOURCE + ":" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(SOURCE);
        ListFile f = p.onlyFile(files, SOURCE, "dpl.txt");
        String text = Text.decode(f, StandardCharsets.UTF_8, p);
        List<HeaderCsv.Row> rows = text == null ? List.of() : HeaderCsv.read(text, '\t', f, COLUMNS, p);
        Map<String, EntityBuilder> byId = new LinkedHashMap<>();
        String newest = null;
        for (HeaderCsv.Row r : rows) {
            String name = r.get("Name");
            if (name == null) {
                p.error(f.name(), r.line(), "Name", "row without a name");
                continue;
            }
            EntityBuilder e = byId.computeIfAbsent(id(name), EntityBuilder::new);
            e.name(name, NameStrength.PRIMARY);
            if (LegalForms.looksLikeOrganization(name)) {
                e.kind(EntityKind.ORGANIZATION);
            }
            StringJoiner addr = new StringJoiner(", ");
            for (String c : List.of("Street_Address", "City", "State", "Postal_Code", "Country")) {
                if (r.get(c) != null) {
                    addr.add(r.get(c));
                }
            }
            if (addr.length() > 0) {
                e.attr(EntityBuilder.ADDRESS, addr.toString());
            }
            e.country(r.get("Country"));
            e.attr(EntityBuilder.LISTED_ON, mdy(r.get("Effective_Date")));
            e.attr("expires_on", mdy(r.get("Expiration_Date")));
            e.attr("standard_order", r.get("Standard_Order"));
            e.attr("last_update", r.get("Last_Update"));
            e.attr("action", r.get("Action"));
            e.attr("federal_register", r.get("FR_Citation"));
            e.raw(r.raw('\t'));
            String lu = r.get("Last_Update");
            if (lu != null && lu.matches("\\d{4}-\\d{2}-\\d{2}")) {
                if (lu.compareTo("2100") > 0) {
                    // Seen in the 2023-11 file: "3033-..." — a typo, kept on the entry but not used as the list date.
                    p.warn(f.name(), r.line(), "Last_Update", "implausible date " + lu);
                } else if (newest == null || lu.compareTo(newest) > 0) {
                    newest = lu;
                }
            }
        }
        p.failIfAny(rows.size());
        List<Entity> entities = new ArrayList<>(byId.size());
        byId.values().forEach(b -> entities.add(b.build()));
        int names = entities.stream().mapToInt(e -> e.names().size()).sum();
        SourceInfo info = new SourceInfo(SOURCE, "U.S. Department of Commerce, BIS", listDate != null ? listDate : newest, URL,
                Checksums.sha256(files));
        return new ImportResult(new SourcePart(info, entities, List.of(), List.of(ListCatalog.measure(SOURCE))),
                p.report(rows.size(), entities.size(), names));
    }

    /** {@code 06/19/2003} to {@code 2003-06-19}; anything else unchanged. */
    static String mdy(String s) {
        if (s == null || !s.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return s;
        }
        return s.substring(6) + "-" + s.substring(0, 2) + "-" + s.substring(3, 5);
    }
}
