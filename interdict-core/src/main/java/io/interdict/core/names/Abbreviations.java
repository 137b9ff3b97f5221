package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/** Step 7: common abbreviations and variant spellings to one token ("intl" -> "international", "ibn" -> "bin"). */
public final class Abbreviations implements TokenStep {
    private final java.util.Map<String, String> table;

    /** As {@code interdict-v1} was frozen: abbreviations.csv alone ({@link WordLists#ABBREVIATIONS_V1}). */
    public Abbreviations() {
        this(false);
    }

    /** @param v2 whether the abbreviations added for interdict-v2 (abbreviations-v2.csv: "hq", "tech") are read too */
    public Abbreviations(boolean v2) {
        this.table = v2 ? WordLists.ABBREVIATIONS : WordLists.ABBREVIATIONS_V1;
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        return apply(tokens, schema, Written.PLAIN);
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema, Written written) {
        // interdict-v2's added abbreviations are organisations' words written in Latin text ("hq", "dept", "tech"): a
        // person's name keeps its words, as "عبد الحق" read "abd al hq" is Abdul Haq, not a headquarters; so does a name
        // read from a script that writes consonants alone, whatever its schema (a search query has none), whose words
        // are skeletons, not abbreviations.
        java.util.Map<String, String> words = schema != null && schema.isPerson() || written.consonantal()
                ? WordLists.ABBREVIATIONS_V1 : table;
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String c = t.kind() == TokenKind.WORD ? words.get(t.text()) : null;
            out.add(c == null ? t : new Token(c, t.kind()));
        }
        return out;
    }
}
