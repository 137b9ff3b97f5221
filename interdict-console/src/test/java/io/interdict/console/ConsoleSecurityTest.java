package io.interdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.console.kit.ConsoleKit;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sign-in, sessions, CSRF and roles over plain HTTP, as a script or an attacker's page would send them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSecurityTest {
    private ConsoleKit kit;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        kit = new ConsoleKit();
    }

    @AfterAll
    void stop() {
        kit.close();
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(kit.base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("form field " + name).isTrue();
        return m.group(1);
    }

    /** Signs in with a password; returns the session cookie ("name=value"). */
    private String signIn(String name, String password, String next) throws Exception {
        HttpResponse<String> form = get("/signin", null);
        String pre = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> r = post("/signin", pre, Map.of("signin_token", field(form.body(), "signin_token"), "method", "password",
                "name", name, "password", password, "next", next));
        assertThat(r.statusCode()).isEqualTo(302);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("interdict-session=").contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain(cookie.split(";")[0].split("=")[1]);
        return cookie.split(";")[0];
    }

    @Test
    void withoutASessionPagesRedirectToSignInAndActionsAreRefused() throws Exception {
        HttpResponse<String> r = get("/alerts?state=OPEN", null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/signin?next=%2Falerts%3Fstate%3DOPEN");
        assertThat(post("/alerts/1/approve", null, Map.of("csrf", "x")).statusCode()).isEqualTo(401);
        assertThat(get("/alerts", "interdict-session=forged").statusCode()).isEqualTo(302);
    }

    @Test
    void signInNeedsTheFormsOwnTokenAndTheRightPassword() throws Exception {
        HttpResponse<String> form = get("/signin", null);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'").contains("script-src 'self'");
        // A form posted from elsewhere (login CSRF) has no matching pre-sign-in cookie.
        HttpResponse<String> forged = post("/signin", null, Map.of("signin_token", field(form.body(), "signin_token"),
                "method", "password", "name", "alice", "password", ConsoleKit.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        String pre = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> wrong = post("/signin", pre, Map.of("signin_token", field(form.body(), "signin_token"),
                "method", "password", "name", "alice", "password", "wrong password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("interdict-session=");
        // An absolute or protocol-relative "next" is not followed (no open redirect).
        HttpResponse<String> form2 = get("/signin", null);
        HttpResponse<String> r = post("/signin", form2.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
                Map.of("signin_token", field(form2.body(), "signin_token"), "method", "password", "name", "alice",
                        "password", ConsoleKit.PASSWORD, "next", "//evil.example/"));
        assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void rolesAndCsrfAreEnforcedOnEveryAction() throws Exception {
        String carol = signIn("carol", ConsoleKit.PASSWORD, "/screen");
        assertThat(get("/screen", carol).statusCode()).isEqualTo(200);
        assertThat(get("/alerts", carol).statusCode()).isEqualTo(403);
        assertThat(get("/entity/ofac-sdn:test-2", carol).statusCode()).isEqualTo(403);
        String csrf = field(get("/screen", carol).body(), "csrf");
        assertThat(post("/alerts/1/approve", carol, Map.of("csrf", csrf)).statusCode()).isEqualTo(403);
        Map<String, String> tx = Map.of("date", "2026-05-15", "kind", "payment", "jurisdiction", "US", "party_name", "Example Trading Company");
        assertThat(post("/screen", carol, tx).statusCode()).isEqualTo(403);
        var withWrong = new java.util.HashMap<>(tx);
        withWrong.put("csrf", "not-the-token");
        assertThat(post("/screen", carol, withWrong).statusCode()).isEqualTo(403);
        var ok = new java.util.HashMap<>(tx);
        ok.put("csrf", csrf);
        HttpResponse<String> screened = post("/screen", carol, ok);
        assertThat(screened.statusCode()).isEqualTo(200);
        assertThat(screened.body()).contains("id=\"outcome\">BLOCK<");
        var bad = new java.util.HashMap<>(ok);
        bad.put("date", "2026-02-30");
        HttpResponse<String> invalid = post("/screen", carol, bad);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("date");
    }

    @Test
    void badFiltersAndDatesAreRefusedNamingTheField() throws Exception {
        String alice = signIn("alice", ConsoleKit.PASSWORD, "/alerts");
        HttpResponse<String> age = get("/alerts?age=forever", alice);
        assertThat(age.statusCode()).isEqualTo(400);
        assertThat(age.body()).contains("filter 'age'").contains("older-7");
        assertThat(get("/alerts?outcome=ALLOW", alice).body()).contains("filter 'outcome'");
        assertThat(get("/alerts?before=abc", alice).statusCode()).isEqualTo(400);
        HttpResponse<String> date = get("/law/us-eo-13942?date=2020-13-01", alice);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("'date'");
        assertThat(get("/law/no-such-measure", alice).statusCode()).isEqualTo(404);
        assertThat(get("/alerts/99999", alice).statusCode()).isEqualTo(404);
    }

    @Test
    void disablingAUserEndsTheirSessionAtTheNextRequest() throws Exception {
        kit.users.create("dave", ConsoleKit.PASSWORD.toCharArray(), java.util.Set.of("review"));
        String dave = signIn("dave", ConsoleKit.PASSWORD, "/alerts");
        assertThat(get("/alerts", dave).statusCode()).isEqualTo(200);
        kit.users.disable("dave");
        assertThat(get("/alerts", dave).statusCode()).isEqualTo(302);
    }

    @Test
    void underTlsTheCookieIsSecureAndHostOnly() {
        var routes = new io.interdict.console.web.Routes(null, null, null, true);
        assertThat(routes.sessionCookie("t0k3n", false))
                .isEqualTo("__Host-interdict-session=t0k3n; Path=/; HttpOnly; SameSite=Strict; Secure");
        assertThat(routes.sessionCookie("", true)).contains("Max-Age=0").contains("Secure");
    }

    @Test
    void onlyTheVendoredFilesAreServedFromStatic() throws Exception {
        HttpResponse<String> js = get("/static/htmx.min.js", null);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(get("/static/console.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/static/Console.class", null).statusCode()).isEqualTo(404);
        assertThat(get("/static/..%2FConsole.class", null).statusCode()).isEqualTo(404);
    }
}
