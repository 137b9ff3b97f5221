package io.interdict.lists.ofac;

import io.interdict.core.entity.Entity;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.Checksums;
import io.interdict.lists.common.EntityBuilder;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListCatalog;
import io.interdict.lists.common.NsCmic;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.common.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OFAC legacy CSV: the SDN set (sdn.csv, add.csv, alt.csv, sdn_comments.csv) as {@code ofac-sdn}, or
 * the non-SDN consolidated set (cons_prim.csv, cons_add.csv, cons_alt.csv, cons_comments.csv) as
 * {@code ofac-cons}. Files are joined on ent_num; only files of one publication may be joined.
 */
public final class OfacCsvImporter implements ListImporter {
    public static final String SDN_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV";
    public static final String CONS_URL = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV";

    private final String source;

    private OfacCsvImporter(String source) {
        this.source = source;
    }

    public static OfacCsvImporter sdn() {
        return new OfacCsvImporter("ofac-sdn");
    }

    public static OfacCsvImporter consolidated() {
        return new OfacCsvImporter("ofac-cons");
    }

    @Override
    public String source() {
        return source;
    }

    private static String role(ListFile f) {
        String n = f.baseName();
        if (n.equals("sdn.csv") || n.equals("cons_prim.csv")) {
            return "main";
        }
        if (n.equals("add.csv") || n.equals("cons_add.csv")) {
            return "add";
        }
        if (n.equals("alt.csv") || n.equals("cons_alt.csv")) {
            return "alt";
        }
        if (n.equals("sdn_comments.csv") || n.equals("cons_comments.csv")) {
            return "comments";
        }
        return null;
    }

    /**
     * The id prefix of a consolidated entry: NS-CMIC entries belong to {@code us-ofac-ns-cmic} (securities
     * only), the other non-SDN entries to {@code ofac-cons}; an entry on CMIC and another programme stays
     * in {@code ofac-cons}, whose REVIEW covers both.
     */
    private String prefix(String programs) {
        if (!source.equals("ofac-cons") || programs == null) {
            return source;
        }
        List<String> ps = new ArrayList<>();
        for (String p : programs.replace("[", "").split("\\]")) {
            ps.add(p.strip());
        }
        return NsCmic.only(ps) ? NsCmic.MEASURE : source;
    }

    /** The list measures a part of {@code source} declares: the consolidated list also carries NS-CMIC. */
    public static List<io.interdict.core.measure.Measure> measures(String source) {
        return source.equals("ofac-cons") ? List.of(ListCatalog.measure(source), ListCatalog.measure(NsCmic.MEASURE))
                : List.of(ListCatalog.measure(source));
    }

    @Override
    public ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException {
        Problems p = new Problems(source);
        Map<String, ListFile> byRole = new HashMap<>();
        for (ListFile f : files) {
            String role = role(f);
            if (role == null) {
                p.error(f.name(), 0, null, "not an OFAC legacy CSV file name (sdn/add/alt/sdn_comments.csv or cons_*.csv)");
            } else if (byRole.put(role, f) != null) {
                p.error(f.name(), 0, null, "two files for the same role '" + role + "'");
            }
        }
        ListFile mainFile = byRole.get("main");
        if (mainFile == null) {
            p.error(source, 0, null, "the main file (sdn.csv or cons_prim.csv) is missing");
        }
        p.failIfAny(0);

        List<OfacCsvReader.MainRow> main = OfacCsvReader.main(mainFile, p);
        List<OfacCsvReader.AddressRow> adds = byRole.containsKey("add") ? OfacCsvReader.addresses(byRole.get("add"), p) : List.of();
        List<OfacCsvReader.AliasRow> alts = byRole.containsKey("alt") ? OfacCsvReader.aliases(byRole.get("alt"), p) : List.of();
        List<OfacCsvReader.CommentRow> comments = byRole.containsKey("comments") ? OfacCsvReader.comments(byRole.get("comments"), p) : List.of();
        int rows = main.size() + adds.size() + alts.size() + comments.size();

        Map<String, String> overflow = new HashMap<>();
        for (OfacCsvReader.CommentRow c : comments) {
            if (c.remarks() != null) {
                overflow.merge(c.entNum(), c.remarks(), String::concat);
            }
        }
        Map<String, EntityBuilder> byNum = new LinkedHashMap<>();
        for (OfacCsvReader.MainRow r : main) {
            if (r.name() == null) {
                p.error(mainFile.name(), r.line(), "SDN_Name", "entry " + r.entNum() + " has no name");
                continue;
            }
            String remarks = r.remarks();
            String more = overflow.get(r.entNum());
            if (more != null) {
                remarks = remarks == null ? more.strip() : remarks + more;
            }
            if (byNum.containsKey(r.entNum())) {
                p.error(mainFile.name(), r.line(), "ent_num", "duplicate ent_num " + r.entNum());
                continue;
            }
            byNum.put(r.entNum(), OfacMapper.main(prefix(r.programs()), r, remarks));
        }
        for (OfacCsvReader.AddressRow a : adds) {
            EntityBuilder e = byNum.get(a.entNum());
            if (e == null) {
                p.error(byRole.get("add").name(), a.line(), "ent_num", "unknown ent_num " + a.entNum() + " (files from different dates?)");
            } else {
                OfacMapper.address(a, e);
            }
        }
        for (OfacCsvReader.AliasRow a : alts) {
            EntityBuilder e = byNum.get(a.entNum());
            if (e == null) {
                p.error(byRole.get("alt").name(), a.line(), "ent_num", "unknown ent_num " + a.entNum() + " (files from different dates?)");
            } else {
                OfacMapper.alias(a, e);
            }
        }
        for (OfacCsvReader.CommentRow c : comments) {
            if (!byNum.containsKey(c.entNum())) {
                p.error(byRole.get("comments").name(), c.line(), "ent_num", "unknown ent_num " + c.entNum());
            }
        }
        p.failIfAny(rows);
        List<Entity> entities = new ArrayList<>(byNum.size());
        int names = 0;
        for (EntityBuilder b : byNum.values()) {
            Entity e = b.build();
            names += e.names().size();
            entities.add(e);
        }
        List<ListFile> ordered = new ArrayList<>();
        for (String role : List.of("main", "add", "alt", "comments")) {
            if (byRole.containsKey(role)) {
                ordered.add(byRole.get(role));
            }
        }
        SourceInfo info = new SourceInfo(source, "U.S. Department of the Treasury, OFAC", listDate,
                source.equals("ofac-sdn") ? SDN_URL : CONS_URL, Checksums.sha256(ordered));
        SourcePart part = new SourcePart(info, entities, List.of(), measures(source));
        return new ImportResult(part, p.report(rows, entities.size(), names));
    }
}
