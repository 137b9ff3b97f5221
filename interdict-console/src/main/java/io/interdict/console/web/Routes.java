package io.interdict.console.web;

import io.interdict.console.auth.Identity;
import io.interdict.console.auth.Sessions;
import io.interdict.server.auth.Role;
import io.interdict.store.db.StoreException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Registers console pages with the checks every one of them needs, in one place: a signed-in session
 * (else the sign-in page), the role the page or action requires (else 403), and on every POST the
 * session's CSRF token (else 403). Also sets the headers that keep the browser talking to this server
 * only (Content-Security-Policy) and pages out of caches.
 */
public final class Routes {
    /**
     * Only this server: scripts, styles, images, forms and fetches. Links to cited sources are plain
     * navigation the analyst chooses, which CSP does not govern.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** A page or action, given the request and the frame of the signed-in caller. */
    @FunctionalInterface
    public interface Page {
        void handle(Context ctx, Frame frame) throws Exception;
    }

    private final JavalinDefaultRouting router;
    private final Sessions sessions;
    private final Templates templates;
    private final boolean tls;
    private java.util.function.Function<Identity, Optional<Identity>> current = Optional::of;

    /** How a session's identity is re-checked on every request (revoked keys, disabled users, changed roles). */
    public void revalidateWith(java.util.function.Function<Identity, Optional<Identity>> f) {
        this.current = f;
    }

    public Routes(JavalinDefaultRouting router, Sessions sessions, Templates templates, boolean tls) {
        this.router = router;
        this.sessions = sessions;
        this.templates = templates;
        this.tls = tls;
    }

    public Templates templates() {
        return templates;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** Under TLS the {@code __Host-} prefix makes the browser refuse the cookie unless Secure, Path=/ and host-only. */
    public String cookieName() {
        return tls ? "__Host-interdict-session" : "interdict-session";
    }

    public String sessionCookie(String token, boolean clear) {
        return cookieName() + "=" + (clear ? "" : token) + "; Path=/; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : "")
                + (clear ? "; Max-Age=0" : "");
    }

    public boolean tls() {
        return tls;
    }

    public void get(String path, Role role, String section, String title, Page page) {
        router.addHttpHandler(HandlerType.GET, path, guarded(role, section, title, false, page));
    }

    public void post(String path, Role role, String section, String title, Page page) {
        router.addHttpHandler(HandlerType.POST, path, guarded(role, section, title, true, page));
    }

    /** A page anyone may see (sign-in, static files): headers only. */
    public void open(HandlerType method, String path, Handler h) {
        router.addHttpHandler(method, path, ctx -> {
            headers(ctx);
            h.handle(ctx);
        });
    }

    public static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private Handler guarded(Role role, String section, String title, boolean post, Page page) {
        return ctx -> {
            headers(ctx);
            ctx.header("Cache-Control", "no-store");
            Optional<Sessions.Session> s = sessions.find(ctx.cookie(cookieName()));
            Optional<Identity> now = s.flatMap(x -> current.apply(x.who()));
            if (s.isPresent() && now.isEmpty()) {
                sessions.end(s.get().token());
                s = Optional.empty();
            }
            if (s.isEmpty()) {
                if (post) {
                    fail(ctx, new Frame("Signed out", section, null, "", null, null), 401,
                            "Your session has ended. Sign in again; nothing was changed.");
                } else {
                    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                    ctx.redirect("/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
                }
                return;
            }
            Identity who = now.orElseThrow();
            Frame frame = new Frame(title, section, who, s.get().csrf(), notice(ctx), null);
            if (post && !s.get().csrfMatches(ctx.formParam("csrf"))) {
                fail(ctx, frame, 403, "This form was not issued to your session (missing or stale CSRF token); reload the page and retry.");
                return;
            }
            if (!who.may(role)) {
                fail(ctx, frame, 403, "Your role (" + who.role().wire() + ") does not allow this; it needs '" + role.wire() + "'.");
                return;
            }
            try {
                page.handle(ctx, frame);
            } catch (StoreException e) {
                fail(ctx, frame, 409, e.getMessage());
            } catch (BadInput e) {
                fail(ctx, frame, 400, e.getMessage());
            } catch (NotFound e) {
                fail(ctx, frame, 404, e.getMessage());
            } catch (io.interdict.server.http.ApiError e) {
                // 503 while the snapshot loads: the same answer as the API, as a page.
                fail(ctx, frame, e.status(), e.getMessage());
            }
        };
    }

    /** Notices after a redirect are codes from a fixed table, never free text from the URL. */
    private static final Map<String, String> NOTICES = Map.of(
            "assigned", "Assigned.", "commented", "Comment added.", "proposed", "Proposal recorded; another analyst must approve it.",
            "approved", "Approved and closed.", "rejected", "Sent back to the queue.", "escalated", "Escalated.",
            "suppressed", "Suppression added.", "revoked", "Suppression revoked.");

    private static String notice(Context ctx) {
        String d = ctx.queryParam("done");
        return d == null ? null : NOTICES.get(d);
    }

    public void render(Context ctx, String template, Frame frame, Object model) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame);
        if (model != null) {
            params.put("m", model);
        }
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, params));
    }

    public void fail(Context ctx, Frame frame, int status, String message) {
        ctx.status(status);
        // The API's 404 handler replaces bodies unless this attribute says an answer was already written.
        ctx.attribute("interdict.error", Boolean.TRUE);
        render(ctx, "error.jte", frame.withError(message), message);
    }

    /** Bad form input: 400 with the message, naming the field. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }

    public static final class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }
}
