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
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String c = t.kind() == TokenKind.WORD ? table.get(t.text()) : null;
            out.add(c == null ? t : new Token(c, t.kind()));
        }
        return out;
    }
}
