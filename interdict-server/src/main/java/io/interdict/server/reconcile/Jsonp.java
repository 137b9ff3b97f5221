package io.interdict.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.Requests;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * JSONP, which the reconciliation specification allows for its GET endpoints: with {@code callback=f}
 * the answer is {@code f(<json>);} as JavaScript. The name must be a plain JavaScript identifier path,
 * so a callback cannot inject script.
 */
final class Jsonp {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private Jsonp() {
    }

    static void answer(Context ctx, JsonNode json) {
        String callback = Requests.param(ctx, "callback");
        if (callback == null) {
            ctx.contentType("application/json").result(json.toString());
            return;
        }
        if (callback.length() > 100 || !NAME.matcher(callback).matches()) {
            throw ApiError.badRequest("'callback': '" + Requests.shorten(callback) + "' is not a JavaScript function name");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("application/javascript; charset=utf-8").result("/**/" + callback + "(" + json + ");");
    }
}
