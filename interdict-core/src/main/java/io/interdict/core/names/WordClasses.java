package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 9: word classes. Stopwords (titles, articles, vessel prefixes) are dropped unless nothing
 * else is left; particles and generic business words are marked; single letters are initials.
 */
public final class WordClasses implements TokenStep {
    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.kind() != TokenKind.WORD) {
                out.add(t);
                continue;
            }
            if (WordLists.STOPWORDS.contains(t.text())) {
                continue;
            }
            TokenKind k = WordLists.WORD_KINDS.get(t.text());
            if (k != null) {
                out.add(new Token(t.text(), k));
            } else if (t.text().codePointCount(0, t.text().length()) == 1) {
                out.add(new Token(t.text(), TokenKind.INITIAL));
            } else {
                out.add(t);
            }
        }
        if (allLegal(out)) {
            // "The The", "Mr" or only legal forms: keep every word rather than an empty name.
            List<Token> all = new ArrayList<>(out);
            for (Token t : tokens) {
                if (t.kind() == TokenKind.WORD && WordLists.STOPWORDS.contains(t.text())) {
                    all.add(t);
                }
            }
            return all.isEmpty() ? tokens : all;
        }
        return out;
    }

    private static boolean allLegal(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind() != TokenKind.LEGAL) {
                return false;
            }
        }
        return true;
    }
}
