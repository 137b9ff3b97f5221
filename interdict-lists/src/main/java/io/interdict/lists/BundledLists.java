package io.interdict.lists;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.ofac.OfacLegacyImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.csl.CslImporter;
import io.interdict.lists.dpl.DplImporter;
import io.interdict.lists.ofac.OfacCsvImporter;
import io.interdict.lists.ukhmt.UkHmtImporter;
import io.interdict.lists.un.UnScImporter;

/** The list snapshots shipped inside the product, for the embedded default (works offline). */
public final class BundledLists {
    private BundledLists() {
    }

    /** OFAC SDN, the newest complete legacy CSV set we have (2021-07-07: sdn + add + alt + comments). */
    public static SourcePart ofacSdn() {
        String dir = "lists/ofac-sdn/2021-07-07/";
        return OfacLegacyImporter.SDN.importFiles(gz(dir + "sdn.csv.gz"), gz(dir + "add.csv.gz"), gz(dir + "alt.csv.gz"),
                gz(dir + "sdn_comments.csv.gz"), "2021-07-07");
    }

    /**
     * One bundled publication: the source, its list date (the resource folder name), the importer and
     * the gzip files under {@code lists/<source>/<date>/}.
     */
    public record Bundle(String source, String date, Supplier<ListImporter> importer, List<String> files) {
        public String folder() {
            return "lists/" + source + "/" + date + "/";
        }

        /** Reads and imports the bundled files; the bundled data is tested, so a failure is a build defect. */
        public ImportResult load() {
            List<ListFile> fs = new ArrayList<>();
            for (String f : files) {
                fs.add(ListFile.of(f, gz(folder() + f)));
            }
            try {
                return importer.get().importFiles(fs, date);
            } catch (io.interdict.lists.common.ImportException e) {
                throw new IllegalStateException("bundled list " + folder() + " does not import: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The newest complete snapshot of each list available offline. Samples (EU FSF, OpenSanctions,
     * the UK 2020 and UN 2024 cut-downs, the OFAC sdnList sample) are not bundled: they are partial,
     * some were edited by their test authors, and OpenSanctions data is CC BY-NC. OFAC SDN is loaded by
     * {@link #ofacSdn()}.
     */
    public static final List<Bundle> BUNDLES = List.of(
            new Bundle("ofac-cons", "2025-12-19", OfacCsvImporter::consolidated,
                    List.of("cons_prim.csv.gz", "cons_add.csv.gz", "cons_alt.csv.gz", "cons_comments.csv.gz")),
            new Bundle("un-sc", "2026-02-27", UnScImporter::new, List.of("consolidated.xml.gz")),
            new Bundle("uk-hmt", "2018-04-13", UkHmtImporter::new, List.of("sanctionsconlist.csv.gz")),
            new Bundle("us-csl", "2022-05-16", CslImporter::new, List.of("consolidated.csv.gz")),
            new Bundle("us-bis-dpl", "2023-11-28", DplImporter::new, List.of("dpl.txt.gz")));

    /** Every bundled list: OFAC SDN first, then {@link #BUNDLES}, imported in parallel. */
    public static List<SourcePart> all() {
        List<SourcePart> parts = new ArrayList<>();
        parts.add(ofacSdn());
        parts.addAll(BUNDLES.parallelStream().map(b -> b.load().part()).toList());
        return parts;
    }

    static byte[] gz(String resource) {
        try (InputStream in = BundledLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled list file missing from the classpath: " + resource);
            }
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
