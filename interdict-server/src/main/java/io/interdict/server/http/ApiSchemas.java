package io.interdict.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The response schemas of {@code /openapi.json}: one for every 2xx of every route, keyed by the route
 * ({@code "GET /v1/lists"}). A route without an entry fails the document's build, and
 * {@code OpenApiContractTest} sends every documented operation and validates the answer against the
 * schema given here, so the document cannot promise what the server does not answer.
 */
final class ApiSchemas {
    static final String REF = "#/components/schemas/";

    private ApiSchemas() {
    }

    // ---- small builders -------------------------------------------------------------------------

    static ObjectNode node() {
        return Requests.JSON.createObjectNode();
    }

    static ObjectNode type(String t) {
        return node().put("type", t);
    }

    static ObjectNode nullable(String t) {
        return type(t).put("nullable", true);
    }

    static ObjectNode ref(String name) {
        return node().put("$ref", REF + name);
    }

    static ObjectNode array(ObjectNode items) {
        ObjectNode o = type("array");
        o.set("items", items);
        return o;
    }

    static ObjectNode strings() {
        return array(type("string"));
    }

    static ObjectNode mapOf(ObjectNode values) {
        ObjectNode o = type("object");
        o.set("additionalProperties", values);
        return o;
    }

    /** An object with these properties (name → schema), all required; others allowed unless closed. */
    static ObjectNode obj(boolean closed, Object... nameSchema) {
        ObjectNode o = type("object");
        ObjectNode props = o.putObject("properties");
        ArrayNode req = o.putArray("required");
        for (int i = 0; i < nameSchema.length; i += 2) {
            String name = (String) nameSchema[i];
            boolean optional = name.endsWith("?");
            String n = optional ? name.substring(0, name.length() - 1) : name;
            props.set(n, (ObjectNode) nameSchema[i + 1]);
            if (!optional) {
                req.add(n);
            }
        }
        if (req.isEmpty()) {
            o.remove("required");
        }
        if (closed) {
            o.put("additionalProperties", false);
        }
        return o;
    }

    static ObjectNode anyOf(ObjectNode... schemas) {
        ObjectNode o = node();
        ArrayNode a = o.putArray("anyOf");
        for (ObjectNode s : schemas) {
            a.add(s);
        }
        return o;
    }

    // ---- components ----------------------------------------------------------------------------

    static void components(ObjectNode schemas) {
        schemas.set("Error", obj(true, "status", type("integer"), "detail", type("string")));
        schemas.set("Status", obj(false, "status", type("string")));
        ObjectNode feature = obj(false, "name", type("string"), "value", type("number"), "detail?", type("string"));
        schemas.set("MatchResult", obj(false, "query", type("string"), "algorithm", type("string"), "candidates", array(obj(false,
                "entity", type("string"), "name", type("string"), "score", type("number"), "match", type("boolean"),
                "matched_on", type("string"), "candidate", type("string"), "features", array(feature)))));
        schemas.set("MatchResults", obj(true, "results", array(ref("MatchResult"))));
        schemas.set("MeasureList", obj(false, "date", type("string"), "snapshot", type("string"), "measures", array(obj(false,
                "id", type("string"), "short_title", type("string"), "title", type("string"), "jurisdictions", strings(),
                "list", type("boolean"), "status", type("string"), "clauses", type("object"), "next_event", nullable("object")))));
        schemas.set("Measure", obj(false, "id", type("string"), "title", type("string"), "authority", type("string"),
                "jurisdictions", strings(), "list", type("boolean"), "timeline", array(type("object")),
                "prohibitions", array(type("object")), "obligations", array(type("object"))));
        schemas.set("EntityDetail", obj(false, "id", type("string"), "kind", type("string"), "caption", type("string"),
                "source", type("string"), "names", array(obj(false, "value", type("string"), "strength", type("string"))),
                "identifiers", strings(), "countries", strings(), "attributes", mapOf(strings()), "relations_out", array(type("object")),
                "relations_in", array(type("object")), "datasets", strings(), "source_record", nullable("string")));
        schemas.set("Lists", obj(false, "snapshot", type("string"), "loaded_at", type("string"), "entities", type("integer"),
                "sources", array(obj(false, "id", type("string"), "checksum", type("string"))), "datasets", strings()));
        schemas.set("Ready", obj(false, "status", type("string"), "snapshot?", type("string"), "detail?", type("string")));
        yente(schemas);
        reconciliation(schemas);
    }

    /** yente's models (yente/data/common.py): EntityResponse, ScoredEntityResponse, EntityMatchResponse… */
    private static void yente(ObjectNode schemas) {
        ObjectNode props = mapOf(array(anyOf(type("string"), ref("EntityResponse"))));
        schemas.set("EntityResponse", obj(false, "id", type("string"), "caption", type("string"), "schema", type("string"),
                "properties", props, "datasets", strings(), "referents", strings(), "target", type("boolean"),
                "first_seen", nullable("string"), "last_seen", nullable("string"), "last_change", nullable("string")));
        ObjectNode explanation = obj(false, "detail", nullable("string"), "score", type("number"), "query?", nullable("string"),
                "candidate?", nullable("string"));
        ObjectNode scored = node();
        scored.putArray("allOf").add(ref("EntityResponse")).add(obj(false, "score", type("number"),
                "explanations", mapOf(explanation), "match", type("boolean")));
        schemas.set("ScoredEntityResponse", scored);
        ObjectNode total = obj(false, "value", type("integer"), "relation", type("string"));
        schemas.set("TotalSpec", total);
        ObjectNode example = obj(false, "id?", nullable("string"), "schema", type("string"), "properties", mapOf(anyOf(type("string"), array(node()))));
        schemas.set("EntityExample", example);
        schemas.set("EntityMatchQuery", obj(false, "queries", mapOf(ref("EntityExample")), "weights?", mapOf(type("number")),
                "config?", type("object")));
        schemas.set("EntityMatchResponse", obj(false, "responses", mapOf(obj(false, "status", type("integer"),
                "results", array(ref("ScoredEntityResponse")), "total", ref("TotalSpec"), "query", ref("EntityExample"))),
                "limit", type("integer")));
        ObjectNode facet = obj(false, "label", type("string"), "values", array(obj(false, "name", type("string"),
                "label", type("string"), "count", type("integer"))));
        schemas.set("SearchResponse", obj(false, "results", array(ref("EntityResponse")), "facets", mapOf(facet),
                "total", ref("TotalSpec"), "limit", type("integer"), "offset", type("integer")));
        schemas.set("DataCatalogModel", obj(false, "datasets", array(obj(false, "name", type("string"), "title", type("string"),
                "version", type("string"), "load", type("boolean"), "index_version", nullable("string"), "index_current", type("boolean"),
                "children", strings(), "tags", strings())), "current", strings(), "outdated", strings(), "index_stale", type("boolean")));
        ObjectNode featureDoc = obj(false, "description", nullable("string"), "coefficient", type("number"), "url", type("string"));
        schemas.set("AlgorithmResponse", obj(false, "algorithms", array(obj(false, "name", type("string"), "description", nullable("string"),
                "features", mapOf(featureDoc), "docs", obj(false, "name", type("string"), "config", type("object"), "features", mapOf(featureDoc)))),
                "default", type("string"), "best", type("string")));
    }

    /** The W3C Reconciliation API 0.2 shapes, as far as OpenAPI 3.0 can say them (tests validate against the W3C schemas too). */
    private static void reconciliation(ObjectNode schemas) {
        ObjectNode typeRef = obj(false, "id", type("string"), "name", type("string"));
        ObjectNode service = obj(false, "service_url", type("string"), "service_path", type("string"));
        schemas.set("ReconcileManifest", obj(false, "versions", strings(), "name", type("string"), "identifierSpace", type("string"),
                "schemaSpace", type("string"), "view", obj(false, "url", type("string")), "defaultTypes", array(typeRef),
                "authentication", obj(false, "type", type("string"), "name", type("string"), "in", type("string")),
                "suggest", obj(false, "entity", service, "property", service, "type", service),
                "preview", obj(false, "url", type("string"), "width", type("integer"), "height", type("integer")),
                "extend", obj(false, "propose_properties", service)));
        schemas.set("ReconcileResultBatch", mapOf(obj(true, "result", array(obj(false, "id", type("string"), "name", type("string"),
                "score", type("number"), "match", type("boolean"), "type", array(typeRef), "description?", type("string"),
                "features?", array(obj(false, "id", type("string"), "value", type("number"))))))));
        ObjectNode cell = obj(false, "str?", type("string"), "id?", type("string"), "name?", type("string"));
        schemas.set("DataExtensionResponse", obj(false, "meta", array(typeRef), "rows", mapOf(mapOf(array(cell)))));
        schemas.set("SuggestResponse", obj(false, "result", array(obj(false, "id", type("string"), "name", type("string"),
                "description?", type("string"), "notable?", array(typeRef)))));
        schemas.set("PropertyProposals", obj(false, "type", type("string"), "properties", array(typeRef), "limit", type("integer")));
    }

    // ---- route → 2xx content --------------------------------------------------------------------

    /** media type → schema of the 200 answer of a route; null when none is given (the build then fails). */
    static Map<String, ObjectNode> content(String key, String response) {
        ObjectNode js = type("string").put("description", "JSONP: callback(<the JSON answer>);");
        ObjectNode html = type("string");
        return switch (key) {
            case "GET /v1/check" -> Map.of("application/json", ref("Decision"));
            case "GET /v1/match" -> Map.of("application/json", ref("MatchResult"));
            case "POST /v1/match" -> Map.of("application/json", ref("MatchResults"));
            case "GET /v1/measures" -> Map.of("application/json", ref("MeasureList"));
            case "GET /v1/measures/{id}" -> Map.of("application/json", ref("Measure"));
            case "GET /v1/entities/<id>" -> Map.of("application/json", ref("EntityDetail"));
            case "GET /v1/lists" -> Map.of("application/json", ref("Lists"));
            case "GET /healthz" -> Map.of("application/json", ref("Status"));
            case "GET /readyz" -> Map.of("application/json", ref("Ready"));
            case "GET /metrics" -> Map.of("text/plain", type("string"));
            case "GET /openapi.json" -> Map.of("application/json", type("object"));
            case "GET /docs" -> Map.of("text/html", html);
            case "GET /webjars/<path>" -> Map.of("text/css", type("string"), "text/javascript", type("string"));
            case "POST /match/{dataset}" -> Map.of("application/json", ref("EntityMatchResponse"));
            case "GET /search/{dataset}" -> Map.of("application/json", ref("SearchResponse"));
            case "GET /catalog" -> Map.of("application/json", ref("DataCatalogModel"));
            case "GET /algorithms" -> Map.of("application/json", ref("AlgorithmResponse"));
            case "GET /entities/<id>" -> Map.of("application/json", ref("EntityResponse"));
            case "GET /reconcile", "GET /reconcile/{dataset}" -> Map.of("application/json",
                    anyOf(ref("ReconcileManifest"), ref("ReconcileResultBatch"), ref("DataExtensionResponse")), "application/javascript", js);
            case "POST /reconcile", "POST /reconcile/{dataset}" -> Map.of("application/json",
                    anyOf(ref("ReconcileResultBatch"), ref("DataExtensionResponse")));
            case "GET /reconcile/{dataset}/suggest/entity", "GET /reconcile/{dataset}/suggest/property",
                 "GET /reconcile/{dataset}/suggest/type" -> Map.of("application/json", ref("SuggestResponse"), "application/javascript", js);
            case "GET /reconcile/{dataset}/properties" -> Map.of("application/json", ref("PropertyProposals"), "application/javascript", js);
            case "GET /reconcile/{dataset}/preview", "GET /reconcile/{dataset}/view/<id>" -> Map.of("text/html", html);
            default -> null;
        };
    }

    /** The request body of a route as the server reads it; null keeps the generic description. */
    static Map<String, ObjectNode> requestBody(String key) {
        ObjectNode form = obj(false, "queries?", type("string").put("description", "JSON reconciliation query batch"),
                "extend?", type("string").put("description", "JSON data extension query {ids, properties}"),
                "api_key?", type("string"));
        return switch (key) {
            case "POST /match/{dataset}" -> Map.of("application/json", ref("EntityMatchQuery"));
            case "POST /v1/match" -> Map.of("application/json", obj(false, "queries", array(obj(false, "name?", type("string"),
                    "list?", anyOf(type("string"), strings()), "limit?", type("integer"), "ids?", strings(), "country?", type("string")))));
            case "POST /reconcile", "POST /reconcile/{dataset}" -> Map.of("application/x-www-form-urlencoded", form);
            default -> null;
        };
    }
}
