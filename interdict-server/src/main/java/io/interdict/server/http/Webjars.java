package io.interdict.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The Swagger UI files of {@code /docs}, served from the webjar on the classpath with a real media type
 * ({@code text/css; charset=utf-8}): Javalin's webjar handler labelled them {@code text/css;charset=null}.
 * Paths are resolved only inside {@code META-INF/resources/webjars/}; anything else is a 404.
 */
public final class Webjars {
    private static final String ROOT = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "html", "text/html; charset=utf-8",
            "json", "application/json", "map", "application/json", "png", "image/png", "svg", "image/svg+xml");

    private Webjars() {
    }

    public static void serve(Context ctx) throws IOException {
        String path = ctx.pathParam("path");
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null || path.contains("..") || path.startsWith("/") || path.contains("\\")) {
            throw ApiError.notFound("no file " + Requests.shorten(path));
        }
        InputStream in = Webjars.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw ApiError.notFound("no file " + Requests.shorten(path));
        }
        try (in) {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
