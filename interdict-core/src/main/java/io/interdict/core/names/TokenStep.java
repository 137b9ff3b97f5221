package io.interdict.core.names;

import java.util.List;

/** A normalisation step over the token sequence. Implementations are small, final and stateless. */
public interface TokenStep {
    List<Token> apply(List<Token> tokens, Schema schema);

    /**
     * {@link #apply(List, Schema)} for a name read from a script that writes its consonants alone (Arabic, Hebrew,
     * Syriac, Thaana) when {@code consonantal}: its words are read as consonants ("עמר" -> "mr"), which a step that
     * reads Latin words may take for something they are not. Steps read such a name as any other unless they say so.
     */
    default List<Token> apply(List<Token> tokens, Schema schema, boolean consonantal) {
        return apply(tokens, schema);
    }
}
