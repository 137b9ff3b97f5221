package io.interdict.core.names;

/**
 * What a normalised token is; the scorer weighs each kind differently (see
 * {@code io.interdict.core.match.fuzzy.InterdictV1}).
 */
public enum TokenKind {
    /** An ordinary name word: "putin", "gazprom". */
    WORD,
    /** A word common in organisation names ("bank", "trading", "international"): weak evidence. */
    GENERIC,
    /** A name particle ("al", "bin", "de", "van"): weak evidence, never enough alone. */
    PARTICLE,
    /** A single letter, usually a person's initial. */
    INITIAL,
    /** Digits (number words and Roman numerals are folded to digits). */
    NUMBER,
    /** A canonical legal form ("ltd", "llc", "jsc", "ag"). */
    LEGAL
}
