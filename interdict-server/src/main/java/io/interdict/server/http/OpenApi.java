package io.interdict.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                body.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject("200");
            ok.put("description", r.response());
            error(responses, "400", "Bad input: unknown parameter or field, malformed JSON (with its position), invalid value");
            if (r.role() != null) {
                error(responses, "401", "No API key, or an unknown or revoked one");
                error(responses, "403", "The key's role does not allow this endpoint (needs '" + r.role().wire() + "')");
                op.putArray("security").addObject().putArray("bearer");
                op.put("x-interdict-role", r.role().wire());
            } else {
                op.putArray("security");
            }
            if (r.body() != null) {
                error(responses, "413", "Body or batch larger than the configured limits");
            }
            error(responses, "503", "Snapshot still loading");
        }
        ObjectNode comps = root.putObject("components");
        ObjectNode schemes = comps.putObject("securitySchemes");
        ObjectNode bearer = schemes.putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("description", "An API key from `interdict keys create`; X-Api-Key and `Authorization: ApiKey` also work.");
        ObjectNode err = comps.putObject("schemas").putObject("Error");
        err.put("type", "object");
        ObjectNode props = err.putObject("properties");
        props.putObject("status").put("type", "integer");
        props.putObject("detail").put("type", "string");
        root.putArray("servers").addObject().put("url", "/");
        return root.toPrettyString();
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
