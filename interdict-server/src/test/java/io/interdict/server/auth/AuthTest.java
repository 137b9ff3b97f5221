package io.interdict.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.server.InterdictServer;
import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTest {
    static final ServerKit kit = ServerKit.shared();

    @Test
    void noKeyIs401WrongKeyIs401WrongRoleIs403() {
        assertThat(kit.get("/v1/lists", null).status()).isEqualTo(401);
        assertThat(kit.get("/v1/lists", null).header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(kit.get("/v1/lists", "idk_not-a-key").status()).isEqualTo(401);
        assertThat(kit.get("/v1/entities/interdict:app/alipay", kit.screenKey).status()).isEqualTo(403);
        assertThat(kit.get("/v1/entities/interdict:app/alipay", kit.reviewKey).status()).isEqualTo(200);
        assertThat(kit.get("/metrics", kit.reviewKey).status()).isEqualTo(403);
        assertThat(kit.get("/metrics", kit.adminKey).status()).isEqualTo(200);
        assertThat(kit.get("/v1/lists", kit.adminKey).status()).as("admin includes screen").isEqualTo(200);
    }

    @Test
    void authIsCheckedBeforeParameters() {
        assertThat(kit.get("/v1/check?bogus=1", null).status()).isEqualTo(401);
    }

    @Test
    void publicEndpointsNeedNoKey() {
        for (String p : new String[] {"/healthz", "/readyz", "/openapi.json", "/docs", "/reconcile"}) {
            assertThat(kit.get(p, null).status()).as(p).isEqualTo(200);
        }
    }

    @Test
    void keyMayComeAsXApiKeyOrYenteApiKeyScheme() {
        var b = HttpRequest.newBuilder(URI.create(kit.base() + "/v1/lists")).GET();
        assertThat(kit.send(b, null, Map.of("X-Api-Key", kit.screenKey)).status()).isEqualTo(200);
        var y = HttpRequest.newBuilder(URI.create(kit.base() + "/v1/lists")).GET();
        assertThat(kit.send(y, null, Map.of("Authorization", "ApiKey " + kit.screenKey)).status()).isEqualTo(200);
    }

    @Test
    void revokedKeyStopsWorkingOnTheRunningServer() throws Exception {
        ApiKeys.Created c = kit.keys.create("temp", EnumSet.of(Role.SCREEN));
        assertThat(kit.get("/v1/lists", c.secret()).status()).isEqualTo(200);
        // A second store over the same file stands for `interdict keys revoke` in another process.
        assertThat(new FileApiKeys(kit.dataDir).revoke(c.key().id())).isTrue();
        Thread.sleep(1100);
        assertThat(kit.get("/v1/lists", c.secret()).status()).isEqualTo(401);
    }

    @Test
    void keyFileHoldsHashesNeverSecrets(@TempDir Path dir) throws Exception {
        FileApiKeys keys = new FileApiKeys(dir);
        ApiKeys.Created c = keys.create("ci", EnumSet.of(Role.REVIEW, Role.SCREEN));
        String file = Files.readString(dir.resolve(FileApiKeys.FILE_NAME));
        assertThat(file).doesNotContain(c.secret()).contains(FileApiKeys.sha256(c.secret())).contains("\"review\"");
        assertThat(c.secret()).startsWith("idk_").hasSizeGreaterThan(40);
        assertThat(new FileApiKeys(dir).verify(c.secret())).isPresent();
        assertThat(keys.list()).hasSize(1);
        assertThat(keys.revoke("key_nope")).isFalse();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(FileApiKeys.FILE_NAME)))).isEqualTo("rw-------");
    }

    @Test
    void openOnLoopbackNeedsNoKeyAndIsRefusedElsewhere() {
        try (ServerKit open = new ServerKit(ServerSettings.defaults().withOpenOnLoopback(true), true)) {
            assertThat(open.get("/v1/check?name=Alipay&date=2021-03-01", null).status()).isEqualTo(200);
            assertThat(open.get("/metrics", null).status()).isEqualTo(200);
        }
        assertThatThrownBy(() -> new InterdictServer(ServerSettings.defaults().withHost("0.0.0.0").withOpenOnLoopback(true),
                kit.keys, ServerKit.CLOCK)).hasMessageContaining("loopback");
    }
}
