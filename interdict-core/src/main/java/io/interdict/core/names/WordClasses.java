package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 9: word classes. Stopwords (titles, articles, vessel prefixes) are dropped unless nothing
 * else is left; particles and generic business words are marked; single letters are initials.
 */
public final class WordClasses implements TokenStep {
    private final boolean standard;

    /** As {@code interdict-v1} was frozen: every name's stopwords dropped, every particle a particle. */
    public WordClasses() {
        this(false);
    }

    private WordClasses(boolean standard) {
        this.standard = standard;
    }

    /**
     * The standard pipeline's:
     * <ul>
     * <li>Stopwords are Latin words: a name read from a script that writes consonants alone keeps every word it reads,
     *     whose consonants may spell one ("עמר", Omer, reads "mr"; "דר", Dar, "dr"; "נעם", Noam, "nm"). Titles in those
     *     scripts are written in them, not as Latin abbreviations.</li>
     * <li>A particle that links to the name after it ("von", "van", "bin", "dos") and ends the name links to nothing: it
     *     is a word, a family name ("Katina Von", not "KATINA" and a particle).</li>
     * </ul>
     */
    static WordClasses standard() {
        return new WordClasses(true);
    }

    /** The particle a motor yacht's prefix becomes ({@link #yachtPrefix}). */
    static final String MOTOR_YACHT = "motoryacht";
    /** The particle a sailing yacht's prefix becomes. */
    static final String SAILING_YACHT = "sailingyacht";

    /**
     * How many leading tokens of a vessel's name are a yacht's prefix: "MY" (motor yacht; "M/Y", "M.Y." fold to it), "SY"
     * (sailing yacht), or the words "Motor Yacht", "Sailing Yacht", where a word follows (indianmerchantnavy.org, "20
     * Important Ship Prefixes": "MY – Motor Yacht"; marineinsight.com, "Why do Ships have Prefixes before their Name?":
     * "SY stands for Sailing Yacht"). They become one particle, {@link #MOTOR_YACHT} or {@link #SAILING_YACHT}, however
     * written: "MY Dilbar" is "DILBAR" written with its prefix, "SY A" is "SAILING YACHT A", and "Motor Yacht A" is
     * another yacht than "Sailing Yacht A". Words.csv drops the merchant prefixes (MV, MT, SS) from every name already;
     * "my" is an English word and a Vietnamese given name, so only a vessel's name reads it so, and only first.
     */
    static int yachtPrefix(List<Token> tokens) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(0).kind() == TokenKind.WORD && (tokens.get(0).text().equals("my") || tokens.get(0).text().equals("sy"))) {
            return 1;
        }
        if (n >= 3 && (tokens.get(0).text().equals("motor") || tokens.get(0).text().equals("sailing"))
                && tokens.get(1).text().equals("yacht")
                || n >= 3 && (tokens.get(0).text().equals("m") || tokens.get(0).text().equals("s")) && tokens.get(1).text().equals("y")) {
            return 2;   // "M/Y" written apart
        }
        return 0;
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        return apply(tokens, schema, Written.PLAIN);
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema, Written written) {
        boolean keepStopwords = written.consonantal() && standard;
        List<Token> out = new ArrayList<>(tokens.size());
        // A vessel's name may start with a yacht's prefix (standard pipeline), where a word follows it: one particle.
        int from = standard && schema == Schema.VESSEL ? yachtPrefix(tokens) : 0;
        if (from > 0) {
            out.add(new Token(tokens.get(0).text().startsWith("m") ? MOTOR_YACHT : SAILING_YACHT, TokenKind.PARTICLE));
        }
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != TokenKind.WORD) {
                out.add(t);
                continue;
            }
            if (!keepStopwords && WordLists.STOPWORDS.contains(t.text()) && !initialAtAnEnd(tokens, i, schema)
                    && !(standard && !schema.isOrganization() && written.abbreviated().contains(t.text()))) {
                continue;
            }
            TokenKind k = (standard ? WordLists.WORD_KINDS : WordLists.WORD_KINDS_V1).get(t.text());
            if (k != null) {
                out.add(new Token(t.text(), k));
            } else if (t.text().codePointCount(0, t.text().length()) == 1) {
                out.add(new Token(t.text(), TokenKind.INITIAL));
            } else {
                out.add(t);
            }
        }
        if (standard) {
            int last = out.size() - 1;
            while (last >= 0 && out.get(last).kind() == TokenKind.LEGAL) {
                last--;
            }
            if (last > 0 && out.get(last).kind() == TokenKind.PARTICLE
                    && WordLists.LINKING_PARTICLES.contains(out.get(last).text())) {
                out.set(last, new Token(out.get(last).text(), TokenKind.WORD));
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

    /**
     * (The standard pipeline also keeps a one-letter stopword written with a period, {@link Written#abbreviated}, in any
     * place: a conjunction is never written so. "MUHAMMAD Y. AHMAD" is Muhammad Yunis Ahmad's initial, where "Ortega y
     * Gasset" joins two names. Not an organisation's name, as below.)
     *
     * Whether the word at {@code i} is a one-letter stopword that begins or ends the name, in the standard pipeline: an
     * initial, not the conjunction "e" or "y", which stands between two words ("Ortega y Gasset", "Pereira e Silva").
     * "E. Macron" and "Macron E." keep their initial, as "A. Merkel" does. Not an organisation's name, which names no
     * one by initials ("Sputnik E").
     */
    private boolean initialAtAnEnd(List<Token> tokens, int i, Schema schema) {
        return standard && !schema.isOrganization() && tokens.size() > 1 && (i == 0 || i == tokens.size() - 1)
                && tokens.get(i).text().codePointCount(0, tokens.get(i).text().length()) == 1;
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
