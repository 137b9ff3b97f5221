package io.interdict.server.yente;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.server.Api;
import io.interdict.server.Engine;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.interdict.server.search.Datasets;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * yente's data-access and system endpoints as its clients call them: {@code /catalog} (Marble lists
 * datasets from it and reads the index version of {@code default}), {@code /algorithms} (Marble offers
 * them), and {@code /entities/{id}} (Marble's "enrich match", nomenklatura's expansion through the
 * nested adjacent entities). Shapes follow yente's DataCatalogModel, AlgorithmResponse, EntityResponse.
 */
public final class YenteData implements Api.Endpoints {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** What our features mean, for /algorithms: interdict-v1's and interdict-v2's name features, the attribute features
     *  of interdict-v2 ({@code AttributeScore}) and the identifier features; each with the sign of its contribution. */
    static final Map<String, String> FEATURE_DOCS = new LinkedHashMap<>();
    /** The features that raise a score (coefficient 1); the rest lower it (-1), but those that explain without a weight
     *  of their own (0). */
    private static final java.util.Set<String> RAISING = java.util.Set.of("name_coverage", "identifier_match",
            "token_set_equal", "name_match", "dob_match", "dob_year_match", "nationality_match", "country_match");
    private static final java.util.Set<String> UNWEIGHTED = java.util.Set.of("token_pairs", "address_set_aside",
            "account_set_aside", "registration_set_aside", "note_set_aside", "other_name_read", "words_joined", "country_set_aside",
            "read_in_english", "read_as_russian", "umlaut_spelled_out", "directive_set_aside", "holder_read", "word_cut",
            "lookalikes_read", "digits_read");

    static {
        FEATURE_DOCS.put("name_coverage", "Share of the name tokens of each side paired with a token of the other (the base score)");
        FEATURE_DOCS.put("token_conflict", "Penalty for weighty tokens left unpaired on both sides");
        FEATURE_DOCS.put("single_token_extra", "Penalty: a lone name against a fuller name");
        FEATURE_DOCS.put("business_word_extra", "Penalty: a generic business word on one side only");
        FEATURE_DOCS.put("number_extra", "Penalty: a number on one side only");
        FEATURE_DOCS.put("lone_word_loose", "Penalty: one word against one word, loosely paired");
        FEATURE_DOCS.put("kinship_reversed", "Penalty: X bin Y against Y bin X");
        FEATURE_DOCS.put("generation_differs", "Penalty (interdict-v2): the names state two generations (Jr. against III, Sr. against Jr.)");
        FEATURE_DOCS.put("common_words_only", "Penalty: every paired word is common in the list");
        FEATURE_DOCS.put("legal_form_mismatch", "Penalty: different legal forms");
        FEATURE_DOCS.put("weak_anchor", "Penalty (interdict-v2): two or more word pairs, none of them close");
        FEATURE_DOCS.put("name_ending", "Penalty (interdict-v2): a word differing from its pair only in a name ending (Morozova, Morozov)");
        FEATURE_DOCS.put("faint_pair", "Penalty (interdict-v2): a short word paired only faintly, no typo");
        FEATURE_DOCS.put("other_word", "Penalty (interdict-v2): a word paired loosely that is another word, not a typo nor a spelling");
        FEATURE_DOCS.put("partial_fuzzy", "Penalty (interdict-v2): loosely paired words while the other side keeps words this one lacks");
        FEATURE_DOCS.put("surname_partial", "Penalty (interdict-v2): a listed family name of two words named by one");
        FEATURE_DOCS.put("family_missing", "Penalty (interdict-v2): a listed person's given names without the family name");
        FEATURE_DOCS.put("family_crossed", "Penalty (interdict-v2): a name written family name first (Han, Hangul) whose family name pairs a listed person's given name, and the listed family name one of its given names");
        FEATURE_DOCS.put("other_kind_of_party", "Penalty (interdict-v2): a name a legal form (LLC, GmbH, OOO) begins or ends against a listed person's or vessel's");
        FEATURE_DOCS.put("father_named", "Penalty (interdict-v2): one side's own name unpaired, the other's paired with its father's");
        FEATURE_DOCS.put("kunya_child", "Penalty (interdict-v2): a word paired with the child's name of a kunya (abu, umm) on one side only");
        FEATURE_DOCS.put("place_extra", "Penalty (interdict-v2, compared pairwise): an organisation's country named on one side only");
        FEATURE_DOCS.put("abbreviation", "Penalty (interdict-v2): a word written shortened (Engg.) read as the word it shortens");
        FEATURE_DOCS.put("account_set_aside", "Reading (interdict-v2): the name was read without the account or party identifier line of a SWIFT party field (no weight of its own)");
        FEATURE_DOCS.put("registration_set_aside", "Reading (interdict-v2): the name was read without a company's or a vessel's registration number written into it (Reg. No., HRB, IMO; no weight of its own)");
        FEATURE_DOCS.put("note_set_aside", "Reading (interdict-v2): the name was read without a note written into it: a vessel's port, flag or former name after it (compared pairwise), another name of the party (formerly, a.k.a., ex-, t/a) or a branch (no weight of its own)");
        FEATURE_DOCS.put("other_name_read", "Reading (interdict-v2): the name was read as the other name of the party a note in it gives (formerly, a.k.a., ex-, t/a; no weight of its own)");
        FEATURE_DOCS.put("words_joined", "Reading (interdict-v2, compared pairwise): a number word and the word beside it were read as one word, as the other name writes them (Five Star, Fivestar; no weight of its own)");
        FEATURE_DOCS.put("country_set_aside", "Reading (interdict-v2): the name was read without a country named after it in a part of its own (no weight of its own)");
        FEATURE_DOCS.put("read_in_english", "Reading (interdict-v2): an organisation's name in another script was read word by word in English (no weight of its own)");
        FEATURE_DOCS.put("directive_set_aside", "Reading (interdict-v2): the name was read without the payment directive written before it, ATTN, FBO, IN FAVOUR OF, FOR FURTHER CREDIT TO (no weight of its own)");
        FEATURE_DOCS.put("word_cut", "Reading (interdict-v2): a name field as long as a payment message's line (35 or 70 characters) had its last word read as the listed word it begins (no weight of its own)");
        FEATURE_DOCS.put("holder_read", "Reading (interdict-v2): a joint account's name field (X AND Y, X OR Y) was read as one of its holders (no weight of its own)");
        FEATURE_DOCS.put("umlaut_spelled_out", "Reading (interdict-v2): a name's umlauts were spelled out as passports spell them, ä ae, ö oe, ü ue, å aa, æ ae, ø oe (no weight of its own)");
        FEATURE_DOCS.put("read_as_russian", "Reading (interdict-v2): a Belarusian person's name was read in its Russian form (no weight of its own)");
        FEATURE_DOCS.put("lookalikes_read", "Reading (interdict-v2): a word written in look-alike letters of two alphabets (a Cyrillic or Greek letter in a Latin word) was read in one, each letter as the one it looks like (no weight of its own)");
        FEATURE_DOCS.put("digits_read", "Reading (interdict-v2): digits and signs typed for letters inside a word (V1ad1m1r, H4M@S) were read as those letters, besides the name as written (no weight of its own)");
        FEATURE_DOCS.put("address_set_aside", "Reading (interdict-v2): the name was read without the postal address written after it (no weight of its own)");
        FEATURE_DOCS.put("dob_match", "Attribute (interdict-v2): a full birth date equal on both sides");
        FEATURE_DOCS.put("dob_year_match", "Attribute (interdict-v2): birth years overlap (a year or a span on one side)");
        FEATURE_DOCS.put("dob_day_mismatch", "Attribute (interdict-v2): the same year, both full dates, none equal");
        FEATURE_DOCS.put("dob_year_near", "Attribute (interdict-v2): no birth year shared, but one year apart");
        FEATURE_DOCS.put("dob_year_mismatch", "Attribute (interdict-v2): every birth year two or more apart");
        FEATURE_DOCS.put("nationality_match", "Attribute (interdict-v2): a nationality in common");
        FEATURE_DOCS.put("nationality_mismatch", "Attribute (interdict-v2): no nationality in common");
        FEATURE_DOCS.put("country_match", "Attribute (interdict-v2): a country in common");
        FEATURE_DOCS.put("country_mismatch", "Attribute (interdict-v2): no country in common");
        FEATURE_DOCS.put("gender_mismatch", "Attribute (interdict-v2): different genders");
        FEATURE_DOCS.put("not_a_person", "Attribute (interdict-v2): a birth date or gender against an organisation or vessel");
        FEATURE_DOCS.put("identifier_mismatch", "Attribute (interdict-v2): an identifier of the same scheme that differs");
        FEATURE_DOCS.put("token_pairs", "Which query token was paired with which candidate token (explanation only, no weight)");
        FEATURE_DOCS.put("token_set_equal", "The query name and a candidate name have the same tokens after normalisation");
        FEATURE_DOCS.put("identifier_match", "An identifier (IMO, LEI, BIC, app id, domain…) of the query equals one of the candidate");
        FEATURE_DOCS.put("name_match", "Matched on a name, no feature to explain it further");
    }

    private final Api api;

    public YenteData(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/catalog", null, "yente",
                        "yente data catalog: the datasets a /match or /search path may name (public, as Marble reads it without a key)",
                        List.of(Param.others("ignored")), null, "DataCatalogModel", this::catalog),
                new Route(HandlerType.GET, "/algorithms", null, "yente",
                        "yente algorithm list: the one matcher that scores, under its own name (yente's names are accepted as aliases)",
                        List.of(Param.others("ignored")), null, "AlgorithmResponse", this::algorithms),
                new Route(HandlerType.GET, "/entities/<id>", Role.SCREEN, "yente",
                        "yente entity fetch: one entity in FtM form; with nested=true (the default) its relations as nested Ownership/UnknownLink entities",
                        List.of(Param.of("nested", "boolean", "include adjacent entities (default true)"), YenteApi.key(),
                                Param.others("other parameters (algorithm…) are ignored")),
                        null, "EntityResponse", this::entity));
    }

    static String version(Engine e) {
        return VERSION.format(e.loadedAt()) + "-" + e.snapshot().hash().substring(0, Math.min(3, e.snapshot().hash().length()));
    }

    private void catalog(Context ctx) {
        Engine e = api.engine();
        String version = version(e);
        Map<String, String> listDates = new LinkedHashMap<>();
        Map<String, SourceInfo> infos = new LinkedHashMap<>();
        for (SourceInfo si : e.snapshot().sources()) {
            infos.put(si.id(), si);
            listDates.put(si.id(), si.listDate());
        }
        ObjectNode out = Requests.JSON.createObjectNode();
        ArrayNode datasets = out.putArray("datasets");
        ArrayNode current = out.putArray("current");
        List<String> sources = e.datasets().sources();
        List<String> measures = e.datasets().measureIds();
        ObjectNode all = dataset(datasets, Datasets.ALL, "All Interdict data", "Every entity of the loaded snapshot", version, false);
        ArrayNode children = all.putArray("children");
        sources.forEach(children::add);
        measures.forEach(children::add);
        if (!measures.contains(Datasets.SANCTIONS)) {
            ObjectNode sanctions = dataset(datasets, Datasets.SANCTIONS, "Sanctions targets",
                    "Every entity a measure names or lists", version, false);
            measures.forEach(sanctions.putArray("children")::add);
        }
        for (String s : sources) {
            SourceInfo si = infos.get(s);
            ObjectNode d = dataset(datasets, s, si != null && si.publisher() != null ? si.publisher() + " (" + s + ")" : s,
                    "Entity source " + s + (listDates.get(s) != null ? ", list dated " + listDates.get(s) : ""), version, true);
            d.putArray("children");
            current.add(s);
        }
        for (String m : measures) {
            ObjectNode d = dataset(datasets, m, m, "Entities measure " + m + " names or lists", version, true);
            d.putArray("children");
            current.add(m);
        }
        out.putArray("outdated");
        out.put("index_stale", false);
        ctx.header("Cache-Control", "public, max-age=300");
        ctx.contentType("application/json").result(out.toString());
    }

    private static ObjectNode dataset(ArrayNode datasets, String name, String title, String summary, String version, boolean load) {
        ObjectNode d = datasets.addObject();
        d.put("name", name);
        d.put("title", title);
        d.put("summary", summary);
        d.put("version", version);
        d.put("load", load);
        d.put("index_version", version);
        d.put("index_current", true);
        d.putNull("entities_url");
        d.putNull("delta_url");
        d.put("namespace", false);
        d.putArray("tags");
        d.putArray("resources");
        return d;
    }

    private void algorithms(Context ctx) {
        Engine e = api.engine();
        String name = e.search().algorithm();
        ObjectNode out = Requests.JSON.createObjectNode();
        ObjectNode a = out.putArray("algorithms").addObject();
        a.put("name", name);
        String description = "Interdict's fuzzy name matcher with exact identifiers; yente's algorithm names "
                + String.join(", ", new java.util.TreeSet<>(YenteApi.YENTE_ALGORITHMS)) + " are accepted and score with it";
        a.put("description", description);
        ObjectNode features = Requests.JSON.createObjectNode();
        FEATURE_DOCS.forEach((k, v) -> {
            ObjectNode f = features.putObject(k);
            f.put("description", v);
            f.put("coefficient", RAISING.contains(k) ? 1.0 : UNWEIGHTED.contains(k) ? 0.0 : -1.0);
            f.put("url", "/docs");
        });
        a.set("features", features);
        ObjectNode docs = a.putObject("docs");
        docs.put("name", name);
        docs.put("description", description);
        docs.putObject("config");
        docs.set("features", features.deepCopy());
        out.put("default", name);
        out.put("best", name);
        ctx.contentType("application/json").result(out.toString());
    }

    private void entity(Context ctx) {
        Engine e = api.engine();
        String id = ctx.pathParam("id");
        Entity en = e.snapshot().entity(id).orElseThrow(() -> ApiError.notFound("No such entity! (" + Requests.shorten(id) + ")"));
        // yente's default is nested=true; "nested" with no value reads as not given.
        boolean nested = !Boolean.FALSE.equals(YenteApi.bool(ctx, "nested"));
        ObjectNode o = Ftm.entity(e, en);
        if (nested) {
            ObjectNode props = (ObjectNode) o.get("properties");
            for (Relation r : e.outgoing(en.id())) {
                link(e, props, r, true);
            }
            for (Relation r : e.incoming(en.id())) {
                link(e, props, r, false);
            }
        }
        ctx.contentType("application/json").result(o.toString());
    }

    /**
     * A relation as FtM would nest it in yente's answer: ownership as an {@code Ownership} interval under
     * {@code ownershipAsset}/{@code ownershipOwner}; development, operation, control and features as an
     * {@code UnknownLink} under {@code unknownLinkObject}/{@code unknownLinkSubject}. The interval points
     * back to this entity by id and holds the other party in full (without its own relations).
     */
    private static void link(Engine e, ObjectNode props, Relation r, boolean outgoing) {
        boolean ownership = r.kind() == RelationKind.OWNED_BY || r.kind() == RelationKind.SUBSIDIARY_OF;
        String self = outgoing ? r.from() : r.to();
        String other = outgoing ? r.to() : r.from();
        // "from owned_by to": to is the owner, from the asset; "from developed_by to": to is the subject.
        String selfRole = ownership ? (outgoing ? "asset" : "owner") : (outgoing ? "object" : "subject");
        String otherRole = ownership ? (outgoing ? "owner" : "asset") : (outgoing ? "subject" : "object");
        String property = (ownership ? "ownership" : "unknownLink") + Character.toUpperCase(selfRole.charAt(0)) + selfRole.substring(1);
        ObjectNode link = Requests.JSON.createObjectNode();
        link.put("id", "interdict-rel:" + r.from() + ">" + r.kind().wire() + ">" + r.to());
        link.put("caption", ownership ? "Ownership" : "Link");
        link.put("schema", ownership ? "Ownership" : "UnknownLink");
        ObjectNode lp = link.putObject("properties");
        lp.putArray(selfRole).add(self);
        ArrayNode otherArr = lp.putArray(otherRole);
        e.snapshot().entity(other).ifPresentOrElse(x -> otherArr.add(Ftm.entity(e, x)), () -> otherArr.add(other));
        lp.putArray("role").add(r.kind().wire().replace('_', ' '));
        if (r.share() != null) {
            lp.putArray("percentage").add(String.format(Locale.ROOT, "%.2f", r.share() * 100));
        }
        if (r.validFrom() != null && !r.validFrom().equals(java.time.LocalDate.MIN)) {
            lp.putArray("startDate").add(r.validFrom().toString());
        }
        if (r.validTo() != null && !r.validTo().equals(java.time.LocalDate.MAX)) {
            lp.putArray("endDate").add(r.validTo().toString());
        }
        if (r.note() != null) {
            lp.putArray("summary").add(r.note());
        }
        link.putArray("datasets");
        link.putArray("referents");
        link.put("target", false);
        link.putNull("first_seen");
        link.putNull("last_seen");
        link.putNull("last_change");
        ArrayNode arr = props.has(property) ? (ArrayNode) props.get(property) : props.putArray(property);
        arr.add(link);
    }
}
