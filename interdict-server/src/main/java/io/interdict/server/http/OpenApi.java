package io.interdict.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.match.MatchedOn;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Effect;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Status;
import io.interdict.core.tx.TransactionParser;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.0 document from the route table the server registers, so every endpoint,
 * parameter and role in it is one the server really has.
 */
public final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("[{<](\\w+)[}>]");

    private OpenApi() {
    }

    public static String document(List<Route> routes, boolean tls) {
        ObjectNode root = Requests.JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "Interdict");
        info.put("version", "v1");
        info.put("description", "Screening of transactions against sanctions lists and technology bans, as of their "
                + "date and jurisdiction; name search; yente and W3C Reconciliation compatible endpoints.");
        ObjectNode paths = root.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.openApiPath()) ? (ObjectNode) paths.get(r.openApiPath()) : paths.putObject(r.openApiPath());
            ObjectNode op = path.putObject(r.method().name().toLowerCase(java.util.Locale.ROOT));
            op.put("summary", r.summary());
            op.putArray("tags").add(r.tag());
            op.put("operationId", operationId(r));
            ArrayNode params = op.putArray("parameters");
            Matcher m = PATH_PARAM.matcher(r.path());
            while (m.find()) {
                ObjectNode p = params.addObject();
                p.put("name", m.group(1));
                p.put("in", "path");
                p.put("required", true);
                p.putObject("schema").put("type", "string");
            }
            for (Param q : r.params()) {
                if (q.name().equals(Param.OTHERS)) {
                    op.put("x-other-parameters", "ignored and logged by name (" + q.description() + ")");
                    continue;
                }
                ObjectNode p = params.addObject();
                p.put("name", q.name());
                p.put("in", "query");
                p.put("required", q.required());
                p.put("description", q.description());
                ObjectNode schema = p.putObject("schema");
                if (q.repeatable()) {
                    schema.put("type", "array");
                    schema.putObject("items").put("type", q.type());
                    p.put("explode", true);
                } else {
                    schema.put("type", q.type());
                }
            }
            if (r.body() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                body.put("description", r.body());
                ObjectNode content = body.putObject("content");
                java.util.Map<String, ObjectNode> accepted = ApiSchemas.requestBody(r.key());
                if (r.key().equals(SCREEN)) {
                    oneOrMany(content.putObject("application/json").putObject("schema"), "Transaction");
                    content.putObject("application/x-ndjson").putObject("schema").put("type", "string")
                            .put("description", "one transaction object per line");
                    content.putObject("text/csv").putObject("schema").put("type", "string")
                            .put("description", "header line, then one transaction per row: " + String.join(",", TransactionParser.CSV_COLUMNS));
                } else if (accepted != null) {
                    accepted.forEach((media, schema) -> content.putObject(media).set("schema", schema));
                } else {
                    content.putObject("application/json").putObject("schema").put("type", "object");
                }
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", r.response());
            if (r.key().equals(SCREEN)) {
                ObjectNode c = ok.putObject("content");
                oneOrMany(c.putObject("application/json").putObject("schema"), "Decision");
                c.putObject("application/x-ndjson").putObject("schema").put("type", "string")
                        .put("description", "one Decision per line, for line-based input");
            } else {
                java.util.Map<String, ObjectNode> content = ApiSchemas.content(r.key(), r.response());
                if (content == null) {
                    throw new IllegalStateException("OpenAPI: route " + r.key() + " has no response schema (ApiSchemas.content)");
                }
                ObjectNode c = ok.putObject("content");
                new java.util.TreeMap<>(content).forEach((media, schema) -> c.putObject(media).set("schema", schema));
            }
            error(responses, "400", "Bad input: unknown parameter or field, malformed JSON (with its position), invalid value");
            if (r.role() != null) {
                error(responses, "401", "No API key, or an unknown or revoked one");
                error(responses, "403", "The key's role does not allow this endpoint (needs '" + r.role().wire() + "')");
                op.putArray("security").addObject().putArray("bearer");
                op.put("x-interdict-role", r.role().wire());
            } else {
                op.putArray("security");
                if (r.paramNames().contains("api_key")) {
                    // Public with conditions: the reconciliation manifest is open, its queries need a key.
                    error(responses, "401", "Queries and data extension need an API key (header or api_key)");
                    error(responses, "403", "The key's role does not allow queries (needs 'screen')");
                }
            }
            if (r.body() == null && r.params().stream().anyMatch(q -> q.type().equals("integer"))) {
                error(responses, "413", "A numeric parameter (limit, cursor…) above its maximum");
            }
            if (r.body() != null) {
                error(responses, "413", "Body or batch larger than the configured limits");
                error(responses, "415", "A body of a media type this operation does not read (e.g. text/plain where JSON is required)");
            }
            error(responses, "404", r.path().contains("{") || r.path().contains("<")
                    ? "No such dataset, entity or measure named in the path" : "Path not found");
            error(responses, "405", "Method not allowed on this path (also for any method not documented here)");
            if (r.tag().equals("yente")) {
                error(responses, "422", "A parameter or body field of the wrong type or out of range (yente's request validation)");
            }
            error(responses, "503", r.tag().equals("ops") ? "Snapshot still loading"
                    : "Snapshot still loading, or the server overloaded (server.max_queued requests wait; Retry-After: 1)");
        }
        ObjectNode comps = root.putObject("components");
        ObjectNode schemes = comps.putObject("securitySchemes");
        ObjectNode bearer = schemes.putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("description", "An API key from `interdict keys create`; `Authorization: ApiKey <key>`, Basic (the key as password), "
                + "X-Api-Key, and on yente and reconciliation operations the api_key query parameter also work.");
        ObjectNode schemas = comps.putObject("schemas");
        transactionSchemas(schemas);
        decisionSchemas(schemas);
        ApiSchemas.components(schemas);
        root.putArray("servers").addObject().put("url", "/");
        return root.toPrettyString();
    }

    static final String SCREEN = "POST /v1/screen";
    static final String CHECK = "GET /v1/check";
    private static final String REF = "#/components/schemas/";

    private static void oneOrMany(ObjectNode schema, String name) {
        ArrayNode one = schema.putArray("oneOf");
        one.addObject().put("$ref", REF + name);
        ObjectNode many = one.addObject();
        many.put("type", "array");
        many.putObject("items").put("$ref", REF + name);
    }

    /**
     * The DESIGN.md transaction, from the parser's own field lists: a field the parser accepts without a
     * type here fails the document's build (and so the tests), so the two cannot drift apart.
     */
    private static void transactionSchemas(ObjectNode schemas) {
        ObjectNode equipment = object(schemas, "Equipment", TransactionParser.EQUIPMENT_FIELDS, List.of(), java.util.Map.of(
                "network", enumOf(Conditions.NETWORKS.stream().sorted().toList(), "equipment_* kinds: the network"),
                "domain", enumOf(Conditions.DOMAINS.stream().sorted().toList(), "equipment_* kinds: the domain")));
        equipment.put("description", "What equipment an equipment_* transaction is about");
        ObjectNode party = object(schemas, "Party", TransactionParser.PARTY_FIELDS, List.of(), java.util.Map.of(
                "role", enumOf(TransactionParser.ROLES.stream().sorted().toList(), "the party's role (default counterparty)"),
                "name", text("the party's name, in any script"),
                "country", text("ISO 3166-1 alpha-2"),
                "ids", array(text("scheme:value, e.g. android:com.tencent.mm, imo:9187629, lei:...")),
                "dob", text("optional birth date of a person: YYYY-MM-DD, YYYY-MM, YYYY or YYYY..YYYY (scored by interdict-v2)"),
                "nationality", text("optional nationality, ISO 3166-1 alpha-2 (scored by interdict-v2)")));
        party.put("description", "A name, identifiers, or both");
        java.util.Map<String, ObjectNode> tx = new java.util.HashMap<>();
        tx.put("id", text("the caller's id, echoed in the decision"));
        tx.put("date", date("the date the transaction takes place: the law of that day applies"));
        tx.put("known_at", date("judge with only the legal events issued by this date (default: all)"));
        tx.put("kind", enumOf(java.util.Arrays.stream(TxKind.values()).map(TxKind::wire).toList(), "what the transaction is"));
        tx.put("jurisdiction", text("where it takes place: ISO 3166-1 alpha-2 (US, GB) or ISO 3166-2 subdivision (US-MT),"
                + " bound by its own measures and its country's"));
        tx.put("device_owner", enumOf(Conditions.DEVICE_OWNERS.stream().sorted().toList(),
                "who owns the device the transaction concerns; a clause on government devices only REVIEWs when absent"));
        tx.put("parties", array(ref("Party")).put("minItems", 1));
        tx.put("equipment", ref("Equipment"));
        tx.put("amount", Requests.JSON.createObjectNode().put("description", "decimal number, as a string or a number"));
        tx.put("currency", text("ISO 4217"));
        tx.put("memo", text("free text, not screened"));
        object(schemas, "Transaction", TransactionParser.TX_FIELDS, List.of("id", "date", "kind", "jurisdiction", "parties"), tx)
                .put("description", "One transaction (DESIGN.md)");
    }

    /** The DESIGN.md decision, as {@code DecisionJson} writes it (a test validates real answers against it). */
    private static void decisionSchemas(ObjectNode schemas) {
        java.util.Map<String, ObjectNode> hit = new java.util.HashMap<>();
        hit.put("measure", text("measure id, e.g. us-eo-13971"));
        hit.put("clause", text("the clause of the measure that applies"));
        hit.put("status", enumOf(java.util.Arrays.stream(Status.values()).map(Status::wire).toList(), "the clause's legal status on the date"));
        hit.put("effect", enumOf(java.util.Arrays.stream(Effect.values()).map(Effect::name).toList(), "what the status means for the transaction"));
        hit.put("party", Requests.JSON.createObjectNode().put("type", "integer").put("description", "index of the party in the transaction"));
        hit.put("entity", text("the listed entity"));
        hit.put("entity_name", text("its name"));
        hit.put("matched_on", enumOf(java.util.Arrays.stream(MatchedOn.values()).map(MatchedOn::wire).toList(), "name or identifier"));
        hit.put("query", text("what the transaction said"));
        hit.put("candidate", text("what the list says"));
        hit.put("score", Requests.JSON.createObjectNode().put("type", "number").put("minimum", 0).put("maximum", 1));
        hit.put("path", array(text("entity id")).put("description", "from the measure's target to the matched entity (control chain)"));
        hit.put("deadline", date("the clause's deadline, when it has one"));
        hit.put("listed_since", text("list entries only: the entry's listing date (YYYY-MM-DD), or 'unknown' when the source gives none"));
        hit.put("reason", text("the explanation in words"));
        ObjectNode unconfirmedFacts = array(text("one fact"));
        unconfirmedFacts.put("description", "the facts the status relies on that the sources leave unconfirmed; absent when none");
        hit.put("unconfirmed", unconfirmedFacts);
        object(schemas, "Hit", hit.keySet(), List.of("measure", "clause", "status", "effect", "party", "entity", "entity_name",
                "matched_on", "query", "candidate", "score", "path", "reason"), hit);
        java.util.Map<String, ObjectNode> d = new java.util.HashMap<>();
        d.put("id", Requests.JSON.createObjectNode().put("type", "string").put("nullable", true).put("description", "the transaction's id"));
        d.put("outcome", enumOf(java.util.Arrays.stream(Outcome.values()).map(Outcome::name).toList(), "the strictest effect of the hits"));
        d.put("as_of", date("the transaction's date"));
        d.put("known_at", date("when given: the legal events known by then"));
        d.put("snapshot", text("the snapshot's hash: replays the decision"));
        d.put("lists_as_of", date("publication date of the oldest dated list used: how current the screening data was"));
        d.put("hits", array(ref("Hit")));
        d.put("error", text("ERROR decisions: what is wrong, naming the field"));
        d.put("line", Requests.JSON.createObjectNode().put("type", "integer").put("description", "ERROR decisions of line-based input: the line"));
        object(schemas, "Decision", d.keySet(), List.of("id", "outcome", "snapshot", "hits"), d).put("description", "One decision (DESIGN.md)");
    }

    private static ObjectNode object(ObjectNode schemas, String name, java.util.Set<String> fields, List<String> required,
                                     java.util.Map<String, ObjectNode> types) {
        ObjectNode o = schemas.putObject(name);
        o.put("type", "object");
        if (!required.isEmpty()) {
            ArrayNode req = o.putArray("required");
            required.forEach(req::add);
        }
        o.put("additionalProperties", false);
        ObjectNode props = o.putObject("properties");
        for (String f : new java.util.TreeSet<>(fields)) {
            ObjectNode t = types.get(f);
            if (t == null) {
                throw new IllegalStateException("OpenAPI: field '" + f + "' of " + name + " has no schema");
            }
            props.set(f, t);
        }
        return o;
    }

    private static ObjectNode text(String description) {
        return Requests.JSON.createObjectNode().put("type", "string").put("description", description);
    }

    private static ObjectNode date(String description) {
        return text(description).put("format", "date");
    }

    private static ObjectNode enumOf(List<String> values, String description) {
        ObjectNode o = text(description);
        ArrayNode e = o.putArray("enum");
        values.forEach(e::add);
        return o;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode o = Requests.JSON.createObjectNode().put("type", "array");
        o.set("items", items);
        return o;
    }

    private static ObjectNode ref(String name) {
        return Requests.JSON.createObjectNode().put("$ref", REF + name);
    }

    private static void error(ObjectNode responses, String code, String description) {
        ObjectNode e = responses.putObject(code);
        e.put("description", description);
        e.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
    }

    private static String operationId(Route r) {
        StringBuilder sb = new StringBuilder(r.method().name().toLowerCase(java.util.Locale.ROOT));
        for (String part : r.path().split("[/{}<>.]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).replace("-", ""));
            }
        }
        return sb.toString();
    }
}
