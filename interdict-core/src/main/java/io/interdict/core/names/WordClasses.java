package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 9: word classes. Stopwords (titles, articles, vessel prefixes) are dropped unless nothing
 * else is left; particles and generic business words are marked; single letters are initials.
 */
public final class WordClasses implements TokenStep {
    private final boolean readingConsonants;

    /** As {@code interdict-v1} was frozen: every name's stopwords dropped. */
    public WordClasses() {
        this(false);
    }

    private WordClasses(boolean readingConsonants) {
        this.readingConsonants = readingConsonants;
    }

    /**
     * Stopwords are Latin words: a name read from a script that writes consonants alone keeps every word it reads,
     * whose consonants may spell one ("עמר", Omer, reads "mr"; "דר", Dar, "dr"; "נעם", Noam, "nm"). Titles in those
     * scripts are written in them, not as Latin abbreviations (the standard pipeline).
     */
    static WordClasses readingConsonants() {
        return new WordClasses(true);
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        return apply(tokens, schema, Written.PLAIN);
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema, Written written) {
        boolean keepStopwords = written.consonantal() && readingConsonants;
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.kind() != TokenKind.WORD) {
                out.add(t);
                continue;
            }
            if (!keepStopwords && WordLists.STOPWORDS.contains(t.text())) {
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
