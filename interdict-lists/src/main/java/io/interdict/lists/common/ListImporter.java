package io.interdict.lists.common;

import java.util.List;

/**
 * Reads one source's files into a {@link io.interdict.core.snapshot.SourcePart}: reader (raw rows),
 * then mapper (domain entities). All or nothing: any row error throws with the full report.
 */
public interface ListImporter {
    /** The source id ({@code ofac-sdn}, {@code un-sc}); also the {@code SourceInfo} id. */
    String source();

    /**
     * @param files    the files of one publication (one date), in any order
     * @param listDate the publisher's date when the files carry none (OFAC CSV), else null to use the file's
     */
    ImportResult importFiles(List<ListFile> files, String listDate) throws ImportException;
}
