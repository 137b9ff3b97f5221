package io.interdict.store.suppress;

import io.interdict.core.entity.Identifier;
import io.interdict.core.tx.Party;
import java.text.Normalizer;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The identity of a transaction party for suppressions: its name (NFKC, case-folded, spaces
 * collapsed), country and identifiers. Deliberately strict: a party that adds an identifier or changes
 * country is a different party, so a suppression cannot silently widen to someone else.
 */
public final class PartyKey {
    private PartyKey() {
    }

    public static String of(Party p) {
        StringBuilder sb = new StringBuilder("n:");
        if (p.name() != null) {
            sb.append(Normalizer.normalize(p.name(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " "));
        }
        sb.append("|c:").append(p.country() == null ? "" : p.country().toUpperCase(Locale.ROOT));
        TreeSet<String> ids = new TreeSet<>();
        for (Identifier id : p.ids()) {
            ids.add(id.key());
        }
        sb.append("|i:").append(String.join(",", ids));
        return sb.toString();
    }
}
