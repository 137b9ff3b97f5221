package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 8: legal forms and company-type phrases to one canonical family token, longest phrase
 * first ("Open Joint Stock Company" -> "jsc", "Sp. z o.o." -> "llc", "Aktiengesellschaft" -> "jsc").
 * Applied to persons too: "Nicolás Maduro LLC" carries a legal form whatever its schema says.
 * A name made only of legal-form words keeps them as words ("Company").
 */
public final class LegalForms implements TokenStep {
    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            String canonical = null;
            StringBuilder phrase = new StringBuilder();
            for (int k = 0; k < WordLists.MAX_LEGAL_TOKENS && i + k < tokens.size(); k++) {
                Token t = tokens.get(i + k);
                if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.LEGAL) {
                    break;
                }
                if (k > 0) {
                    phrase.append(' ');
                }
                phrase.append(t.text());
                String p = phrase.toString();
                String c = WordLists.LEGAL_FORMS.get(p);
                if (c != null) {
                    matched = k + 1;
                    canonical = c;
                }
                if (!WordLists.LEGAL_FORM_STARTS.contains(p)) {
                    break;   // no longer form begins with these words
                }
            }
            if (matched > 0) {
                out.add(new Token(canonical, TokenKind.LEGAL));
                i += matched;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        if (out.stream().allMatch(t -> t.kind() == TokenKind.LEGAL)) {
            return tokens;
        }
        return out;
    }
}
