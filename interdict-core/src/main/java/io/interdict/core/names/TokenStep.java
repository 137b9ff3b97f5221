package io.interdict.core.names;

import java.util.List;

/** A normalisation step over the token sequence. Implementations are small, final and stateless. */
public interface TokenStep {
    List<Token> apply(List<Token> tokens, Schema schema);
}
