package io.interdict.core.snapshot;

/**
 * Where one part of a snapshot came from.
 *
 * @param id        the source id ({@code ofac-sdn}, {@code interdict-regime})
 * @param listDate  the publisher's date of the list (ISO date) or null when the files carry none
 * @param checksum  {@code sha256:<hex>} of the raw bytes read
 */
public record SourceInfo(String id, String publisher, String listDate, String sourceUrl, String checksum) {
}
