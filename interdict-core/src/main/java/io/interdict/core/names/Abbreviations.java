package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/** Step 7: common abbreviations and variant spellings to one token ("intl" -> "international", "ibn" -> "bin"). */
public final class Abbreviations implements TokenStep {
    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String c = t.kind() == TokenKind.WORD ? WordLists.ABBREVIATIONS.get(t.text()) : null;
            out.add(c == null ? t : new Token(c, t.kind()));
        }
        return out;
    }
}
