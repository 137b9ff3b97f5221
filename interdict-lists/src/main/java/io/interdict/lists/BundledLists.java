package io.interdict.lists;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.ofac.OfacLegacyImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

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

    /** Every bundled list. */
    public static List<SourcePart> all() {
        List<SourcePart> parts = new ArrayList<>();
        parts.add(ofacSdn());
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
