package io.interdict.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers in the server's one error shape, {@code {"status": N, "detail": "…"}}:
 * requests Jetty refuses before any route sees them (a malformed request line or header → 400, a URI
 * too long → 414, headers too large → 431, an unknown HTTP version → 505) would otherwise get an HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, message).getBytes(StandardCharsets.UTF_8));
    }

    static String body(int status, String reason) {
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("status", status);
        String phrase = HttpStatus.getMessage(status);
        o.put("detail", reason == null || reason.isBlank() ? phrase : reason + (reason.equals(phrase) ? "" : " (" + phrase + ")"));
        return o.toString();
    }
}
