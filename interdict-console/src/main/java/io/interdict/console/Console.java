package io.interdict.console;

import io.interdict.console.auth.SignIn;
import io.interdict.console.auth.Sessions;
import io.interdict.console.law.LawPage;
import io.interdict.console.lists.ListsPage;
import io.interdict.console.review.ReviewPage;
import io.interdict.console.screen.ScreenPage;
import io.interdict.console.web.Routes;
import io.interdict.console.web.Templates;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.server.Api;
import io.interdict.server.ServerExtension;
import io.interdict.server.auth.ApiKeys;
import io.interdict.server.auth.Role;
import io.interdict.store.Store;
import io.interdict.store.review.AlertQueue;
import io.interdict.store.users.UserAccounts;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * The web console, mounted on {@code interdict serve} at {@code /}: screen, the law over time, review
 * with four eyes, lists. Server-rendered pages (jte templates compiled at build time) with htmx served
 * from this server; see docs/console.md and docs/adr/0004-console.md.
 */
public final class Console implements ServerExtension {
    /** Files under /static/: name → content type. Nothing else is served from the class path. */
    private static final Map<String, String> STATIC = Map.of(
            "htmx.min.js", "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8",
            "htmx.LICENSE.txt", "text/plain; charset=utf-8",
            "NOTICE.txt", "text/plain; charset=utf-8");

    /**
     * What the console needs besides the server.
     *
     * @param screenerFor     builds a screener for a snapshot restored from the store (replay, with the configured matcher)
     * @param retainSnapshots keep a copy of each snapshot a console decision used (store.retain_snapshots)
     * @param tls             the server speaks HTTPS: cookies get Secure and the __Host- prefix
     */
    public record Settings(Store store, ApiKeys keys, UserAccounts users, Function<Snapshot, Screener> screenerFor,
                           boolean retainSnapshots, String engineVersion, boolean tls) {
    }

    private final Settings settings;

    public Console(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void mount(JavalinDefaultRouting router, Api api) {
        ConsoleContext cx = new ConsoleContext(api, settings.store(), settings.screenerFor(), settings.retainSnapshots(),
                settings.engineVersion());
        Routes routes = new Routes(router, new Sessions(api.clock()), new Templates(), settings.tls());
        routes.open(HandlerType.GET, "/static/{file}", Console::staticFile);
        routes.get("/", Role.SCREEN, "home", "Interdict", (ctx, f) -> ctx.redirect("/screen"));
        SignIn signIn = new SignIn(routes, settings.keys(), settings.users());
        routes.revalidateWith(signIn::current);
        signIn.mount();
        new ScreenPage(cx, routes).mount();
        new LawPage(cx, routes).mount();
        new ReviewPage(cx, routes).mount();
        new ListsPage(cx, routes).mount();
        indexInBackground();
    }

    /**
     * Indexes the measures of alerts recorded before the console first ran (about 10 s for 100,000 in
     * scripts/console-bench) in the background, so the first visit to the queue does not wait for it.
     */
    private void indexInBackground() {
        Thread t = new Thread(() -> {
            try {
                settings.store().database().waitForMigration();   // a deferred store: not before the server has migrated it
                new AlertQueue(settings.store().database(), java.time.Clock.systemUTC()).index();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.err.println("interdict console: indexing alert measures failed (retried on the next queue read): " + e);
            }
        }, "interdict-console-index");
        t.setDaemon(true);
        t.start();
    }

    private static void staticFile(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String type = STATIC.get(name);
        InputStream in = type == null ? null : Console.class.getResourceAsStream("static/" + name);
        if (in == null) {
            ctx.status(404).contentType("text/plain").result("not found");
            ctx.attribute("interdict.error", Boolean.TRUE);
            return;
        }
        try (in) {
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
