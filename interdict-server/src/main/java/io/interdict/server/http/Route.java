package io.interdict.server.http;

import io.interdict.server.auth.Role;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One endpoint: registered with Javalin, checked (role, query parameters) before its handler runs, and
 * described in {@code /openapi.json}. Keeping the three in one record is what keeps the document true.
 *
 * @param path     Javalin path ({@code /v1/measures/{id}}, {@code /v1/entities/<id>} for ids with slashes)
 * @param role     the role a caller needs; null = public
 * @param body     what the request body holds, for the document; null = no body
 * @param response what a 200 holds, for the document
 */
public record Route(HandlerType method, String path, Role role, String tag, String summary, List<Param> params,
                    String body, String response, Handler handler) {
    public Route {
        params = List.copyOf(params);
    }

    public Set<String> paramNames() {
        return params.stream().map(Param::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Built once per route by the server (checked on every request). */
    public Map<String, Param> paramsByName() {
        return params.stream().collect(Collectors.toUnmodifiableMap(Param::name, p -> p));
    }

    /** The OpenAPI form of the path: {@code <id>} becomes {@code {id}}. */
    public String openApiPath() {
        return path.replace('<', '{').replace('>', '}');
    }

    public String key() {
        return method.name() + " " + path;
    }
}
