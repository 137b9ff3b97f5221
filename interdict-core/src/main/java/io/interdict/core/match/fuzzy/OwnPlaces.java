package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.PreparedName;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The places a listed body's own address names, as words of its names (interdict-v2): "Beijing" in "Beijing Sensetime
 * Technology Development Co., Ltd.", which the Entity List gives at "5F, Block B, …, Haidian District, Beijing, CN";
 * "Ukhta" in "Gazprom Transgaz Ukhta". A body named by one word of its own beside its town and the words that say what
 * kind of body it is ("Technology Development Co., Ltd.") is found by that word, as one beside its country is ({@link
 * InterdictV2#qualifiedBrand}); the lists name no town of their own, and no table of towns ships with the product, so
 * the record's own address is what says the word is a town.
 *
 * <p>An address's part is a run between commas, as the lists write addresses (street, district, town, region, country);
 * a part of one word, prepared as a name's word is, names a place. Parts of more words ("Haidian District", "Hong Kong
 * New Territories") are left out: a street's or building's words would be taken for towns. Only for a body that is no
 * person ({@link EntityKind#PERSON}, whose address says where they live, not what their name holds), and only words of
 * four letters or more ("Kish", not "Bay").
 */
final class OwnPlaces {
    /** The attribute the list importers write addresses under ({@code EntityBuilder.ADDRESS}). */
    static final String ADDRESS = "address";

    /** The longest address part read as one word: a longer one is a street's or building's text. */
    private static final int MAX_PART = 40;

    /** The shortest word taken for a place. */
    static final int MIN_LENGTH = 4;

    private final NamePipeline pipeline;
    /** Each address part met, prepared once: the lists write the same towns over and over. "" for a part that is no
     *  one word. */
    private final Map<String, String> parts = new ConcurrentHashMap<>();

    OwnPlaces(NamePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The words (as prepared) of the places {@code e}'s own addresses name; empty for a person or a body with none. */
    Set<String> of(Entity e) {
        if (e.kind() == EntityKind.PERSON) {
            return Set.of();
        }
        List<String> addresses = e.attributes().getOrDefault(ADDRESS, List.of());
        if (addresses.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String address : addresses) {
            for (String part : address.split(",")) {
                String w = word(part.strip());
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out.isEmpty() ? Set.of() : out;
    }

    /** The part as one prepared word, or "" when it is no one word of {@link #MIN_LENGTH} letters or more. */
    private String word(String part) {
        if (part.length() < MIN_LENGTH || part.length() > MAX_PART || !letters(part)) {
            return "";
        }
        return parts.computeIfAbsent(part, p -> {
            PreparedName n = pipeline.prepare(p, Schema.UNKNOWN);
            return n.tokens().size() == 1 && n.tokens().get(0).kind() == TokenKind.WORD
                    && n.tokens().get(0).text().length() >= MIN_LENGTH ? n.tokens().get(0).text() : "";
        });
    }

    /** Whether the part is written in letters alone (and the marks and apostrophes of a town's name): one word. */
    private static boolean letters(String part) {
        for (int i = 0; i < part.length(); ) {
            int cp = part.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && cp != '\'' && cp != '\u2019') {
                return false;
            }
        }
        return true;
    }

    /** Bit t (t below 64) for each word t of {@code n} among {@code places}. */
    static long bits(ScoringName n, Set<String> places) {
        if (places.isEmpty()) {
            return 0L;
        }
        long bits = 0L;
        for (int t = 0; t < n.size() && t < Long.SIZE; t++) {
            if (n.kind[t] == TokenKind.WORD && places.contains(n.text[t])) {
                bits |= 1L << t;
            }
        }
        return bits;
    }

    /** Whether word t of {@code n} is one of its body's own places. */
    static boolean holds(ScoringName n, int t) {
        return t < Long.SIZE && (n.ownPlaces & 1L << t) != 0;
    }
}
