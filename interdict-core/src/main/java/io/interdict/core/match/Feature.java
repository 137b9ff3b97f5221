package io.interdict.core.match;

/** One scoring feature's contribution to a match score, for the explanation. */
public record Feature(String name, double value, String detail) {
}
