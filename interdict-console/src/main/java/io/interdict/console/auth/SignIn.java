package io.interdict.console.auth;

import io.interdict.console.web.Frame;
import io.interdict.console.web.Routes;
import io.interdict.server.auth.ApiKey;
import io.interdict.server.auth.ApiKeys;
import io.interdict.server.auth.Role;
import io.interdict.store.users.UserAccounts;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sign-in with a user account (name and password) or an API key, and sign-out. Secrets travel only in
 * POST bodies, never in URLs. The sign-in form itself is protected against login CSRF by a
 * double-submitted token: a SameSite=Strict cookie that must equal the form's hidden field.
 */
public final class SignIn {
    private final Routes routes;
    private final ApiKeys keys;
    private final UserAccounts users;

    /** What the sign-in template shows. */
    public record Model(String next, String signinToken, String name) {
    }

    public SignIn(Routes routes, ApiKeys keys, UserAccounts users) {
        this.routes = routes;
        this.keys = keys;
        this.users = users;
    }

    public void mount() {
        routes.open(HandlerType.GET, "/signin", this::form);
        routes.open(HandlerType.POST, "/signin", this::submit);
        routes.post("/signout", Role.SCREEN, "", "Sign out", this::signOut);
    }

    private String preCookie() {
        return routes.tls() ? "__Host-interdict-signin" : "interdict-signin";
    }

    private void form(Context ctx) {
        show(ctx, 200, safeNext(ctx.queryParam("next")), "", null);
    }

    private void show(Context ctx, int status, String next, String name, String error) {
        String token = Sessions.token();
        ctx.header("Set-Cookie", preCookie() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (routes.tls() ? "; Secure" : ""));
        ctx.header("Cache-Control", "no-store");
        ctx.status(status);
        routes.render(ctx, "signin.jte", new Frame("Sign in", "signin", null, "", null, error), new Model(next, token, name));
    }

    private void submit(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        String expected = ctx.cookie(preCookie());
        String presented = ctx.formParam("signin_token");
        if (expected == null || presented == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            show(ctx, 403, next, "", "The sign-in form expired or was not issued by this server; please try again.");
            return;
        }
        Optional<Identity> who;
        String name = ctx.formParam("name");
        if ("key".equals(ctx.formParam("method"))) {
            who = keys.verify(trim(ctx.formParam("api_key"))).map(SignIn::identity);
            name = "";
        } else {
            String password = ctx.formParam("password");
            who = users.verify(trim(name), password == null ? new char[0] : password.toCharArray())
                    .map(u -> new Identity(u.name(), strongest(u.roles()), "user account", null));
        }
        if (who.isEmpty()) {
            // One message for every failure: which names or keys exist is not the caller's business.
            show(ctx, 401, next, name == null ? "" : name, "Sign-in failed: unknown name, wrong password, or an unknown or revoked key.");
            return;
        }
        Sessions.Session s = routes.sessions().start(who.get());
        ctx.header("Set-Cookie", routes.sessionCookie(s.token(), false));
        ctx.redirect(next);
    }

    private void signOut(Context ctx, Frame frame) {
        routes.sessions().end(ctx.cookie(routes.cookieName()));
        ctx.header("Set-Cookie", routes.sessionCookie("", true));
        ctx.redirect("/signin");
    }

    /**
     * The identity as it stands now: a revoked key or a disabled user ends the session at its next
     * request, and a changed role applies at once.
     */
    public Optional<Identity> current(Identity who) {
        if (who.keyId() != null) {
            return keys.list().stream().filter(k -> k.id().equals(who.keyId()) && k.active()).findFirst().map(SignIn::identity);
        }
        return users.active(who.actor()).map(u -> new Identity(u.name(), strongest(u.roles()), "user account", null));
    }

    static Identity identity(ApiKey k) {
        return new Identity("key:" + (k.name().isBlank() ? k.id() : k.name()), k.role(), "API key " + k.id(), k.id());
    }

    static Role strongest(java.util.Set<String> roles) {
        Role best = null;
        for (String r : roles) {
            Role role = Role.of(r);
            if (best == null || role.grants(best)) {
                best = role;
            }
        }
        return best == null ? Role.SCREEN : best;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /** Only a local path: an absolute or protocol-relative URL would make sign-in an open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.startsWith("/signin")) {
            return "/";
        }
        return next;
    }

}
