package io.interdict.core.measure;

/**
 * A source for a fact: a legal citation ("86 FR 1249"), a link, or both.
 *
 * @param quality primary, secondary or tertiary (see the regime fact sheet's key)
 */
public record Citation(String text, String url, String quality) {
}
