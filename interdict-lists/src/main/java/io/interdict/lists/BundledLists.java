package io.interdict.lists;

import io.interdict.core.snapshot.SourcePart;
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
     * some were edited by their test authors, and OpenSanctions data is CC BY-NC.
     */
    public static final List<Bundle> BUNDLES = List.of(
            // The newest complete legacy CSV set available offline (see its PROVENANCE.md).
            new Bundle("ofac-sdn", "2021-07-07", OfacCsvImporter::sdn,
                    List.of("sdn.csv.gz", "add.csv.gz", "alt.csv.gz", "sdn_comments.csv.gz")),
            new Bundle("ofac-cons", "2025-12-19", OfacCsvImporter::consolidated,
                    List.of("cons_prim.csv.gz", "cons_add.csv.gz", "cons_alt.csv.gz", "cons_comments.csv.gz")),
            new Bundle("un-sc", "2026-02-27", UnScImporter::new, List.of("consolidated.xml.gz")),
            new Bundle("uk-hmt", "2018-04-13", UkHmtImporter::new, List.of("sanctionsconlist.csv.gz")),
            new Bundle("us-csl", "2022-05-16", CslImporter::new, List.of("consolidated.csv.gz")),
            new Bundle("us-bis-dpl", "2023-11-28", DplImporter::new, List.of("dpl.txt.gz")));

    /** Every bundled list, imported in parallel, in {@link #BUNDLES} order. */
    public static List<SourcePart> all() {
        return BUNDLES.parallelStream().map(b -> b.load().part()).toList();
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
