package io.interdict.lists;

import io.interdict.lists.common.ListImporter;
import io.interdict.lists.csl.CslImporter;
import io.interdict.lists.dpl.DplImporter;
import io.interdict.lists.eu.EuFsfImporter;
import io.interdict.lists.ofac.OfacCsvImporter;
import io.interdict.lists.ofac.OfacXmlImporter;
import io.interdict.lists.opensanctions.OpenSanctionsImporter;
import io.interdict.lists.ukhmt.UkHmtImporter;
import io.interdict.lists.un.UnScImporter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The importer for each source id, and for OFAC the format chosen from the file names. */
public final class Importers {
    private static final Map<String, java.util.function.Supplier<ListImporter>> BY_SOURCE = Map.of(
            "ofac-sdn", OfacCsvImporter::sdn,
            "ofac-cons", OfacCsvImporter::consolidated,
            "un-sc", UnScImporter::new,
            "uk-hmt", UkHmtImporter::new,
            "eu-fsf", EuFsfImporter::new,
            "us-csl", CslImporter::new,
            "us-bis-dpl", DplImporter::new,
            "os", OpenSanctionsImporter::new);

    private Importers() {
    }

    public static List<String> sources() {
        return List.copyOf(new TreeSet<>(BY_SOURCE.keySet()));
    }

    /** The importer for a source; OFAC XML files ({@code *.xml}) select the XML importer. */
    public static ListImporter forSource(String source, List<String> fileNames) {
        boolean xml = fileNames.stream().allMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(".xml"));
        if (xml && source.equals("ofac-sdn")) {
            return OfacXmlImporter.sdn();
        }
        if (xml && source.equals("ofac-cons")) {
            return OfacXmlImporter.consolidated();
        }
        var s = BY_SOURCE.get(source);
        if (s == null) {
            throw new IllegalArgumentException("unknown list source '" + source + "' (expected one of " + sources() + ")");
        }
        return s.get();
    }
}
