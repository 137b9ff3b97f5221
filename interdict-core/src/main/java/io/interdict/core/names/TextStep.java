package io.interdict.core.names;

/** A normalisation step over the whole name text. Implementations are small, final and stateless. */
public interface TextStep {
    String apply(String text, Schema schema);
}
