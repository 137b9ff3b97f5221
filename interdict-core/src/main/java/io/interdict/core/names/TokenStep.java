package io.interdict.core.names;

import java.util.List;

/** A normalisation step over the token sequence. Implementations are small, final and stateless. */
public interface TokenStep {
    List<Token> apply(List<Token> tokens, Schema schema);

    /**
     * {@link #apply(List, Schema)} knowing how the name was {@link Written}: a step that reads Latin words may take a
     * word for something it is not ("עמר" read "mr", "Sá" folded "sa"). Steps read every name alike unless they say so.
     */
    default List<Token> apply(List<Token> tokens, Schema schema, Written written) {
        return apply(tokens, schema);
    }

    /**
     * How a name was written, beyond its prepared words.
     *
     * @param consonantal read from a script that writes its consonants alone (Arabic, Hebrew, Syriac, Thaana), and no
     *                    Latin letter: its words are read as consonants ("עמר", Omer, -> "mr")
     * @param accented    the words of at most three letters written with a diacritic, as folded ("Sá" -> "sa")
     * @param abbreviated the Latin letters written alone with a period after them, lower case ("MUHAMMAD Y. AHMAD" ->
     *                    "y"): initials, whatever word the letter alone is
     */
    record Written(boolean consonantal, java.util.Set<String> accented, java.util.Set<String> abbreviated) {
        static final Written PLAIN = new Written(false, java.util.Set.of(), java.util.Set.of());

        Written(boolean consonantal, java.util.Set<String> accented) {
            this(consonantal, accented, java.util.Set.of());
        }
    }
}
