package io.interdict.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeTest {
    @TempDir
    Path tmp;

    final List<String> notices = new ArrayList<>();

    @Test
    void theFlagWinsThenTheEnvironmentThenTheConfigurationThenTildeInterdict() throws IOException {
        Path cfg = tmp.resolve("c.yaml");
        Files.writeString(cfg, "home: " + tmp.resolve("from-config") + "\n");
        Config c = Config.load(cfg);
        assertThat(Home.resolve(tmp.resolve("flag"), c, Map.of(Home.ENV, "/from/env")).dir()).isEqualTo(tmp.resolve("flag"));
        assertThat(Home.resolve(null, c, Map.of(Home.ENV, "/from/env")).dir()).isEqualTo(Path.of("/from/env"));
        assertThat(Home.resolve(null, c, Map.of()).dir()).isEqualTo(tmp.resolve("from-config"));
        // The default is where the store always was (store.data_dir defaulted to ~/.interdict).
        assertThat(Home.resolve(null, Config.defaults(), Map.of()).dir())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".interdict").toAbsolutePath().normalize());
        Home h = new Home(tmp);
        assertThat(h.store().resolve(Home.STORE_FILE)).isEqualTo(tmp.resolve("interdict.db"));
        assertThat(h.keys().resolve(Home.KEYS_FILE)).isEqualTo(tmp.resolve("api-keys.json"));
        assertThat(h.lists()).isEqualTo(tmp.resolve("lists"));
        assertThat(h.compiled()).isEqualTo(tmp.resolve("compiled"));
    }

    @Test
    void listsAndKeysOfTheWorkingDirectoryAreMovedIntoTheHomeWithANotice() throws IOException {
        Path work = tmp.resolve("work");
        Path legacy = work.resolve(".interdict");
        Files.createDirectories(legacy.resolve("lists/un-sc"));
        Files.writeString(legacy.resolve("lists/un-sc/list.properties"), "source=un-sc\n");
        Files.writeString(legacy.resolve("api-keys.json"), "[]");
        Home home = new Home(tmp.resolve("home"));
        assertThat(home.adoptLegacy(work, notices::add)).containsExactly(home.lists(), home.dir().resolve("api-keys.json"));
        assertThat(home.lists().resolve("un-sc/list.properties")).hasContent("source=un-sc\n");
        assertThat(home.dir().resolve("api-keys.json")).hasContent("[]");
        assertThat(legacy.resolve("lists")).doesNotExist();
        assertThat(notices).hasSize(2).allMatch(n -> n.startsWith("moved ") && n.contains(home.dir().toString()));
        notices.clear();
        assertThat(home.adoptLegacy(work, notices::add)).isEmpty();   // nothing left to move
        assertThat(notices).isEmpty();
    }

    @Test
    void theHomesOwnDataIsNeverOverwritten() throws IOException {
        Path work = tmp.resolve("work");
        Files.createDirectories(work.resolve(".interdict/lists/un-sc"));
        Files.writeString(work.resolve(".interdict/api-keys.json"), "[\"old\"]");
        Home home = new Home(tmp.resolve("home"));
        Files.createDirectories(home.lists().resolve("ofac-sdn"));
        Files.writeString(home.dir().resolve("api-keys.json"), "[\"new\"]");
        assertThat(home.adoptLegacy(work, notices::add)).isEmpty();
        assertThat(home.dir().resolve("api-keys.json")).hasContent("[\"new\"]");
        assertThat(work.resolve(".interdict/lists/un-sc")).exists();
        assertThat(notices).hasSize(2).allMatch(n -> n.contains("were not moved") && n.contains("exists"));
    }

    @Test
    void aHomeThatIsTheWorkingDirectorysDotInterdictIsLeftAlone() throws IOException {
        Path legacy = tmp.resolve(".interdict");
        Files.createDirectories(legacy.resolve("lists/x"));
        assertThat(new Home(legacy).adoptLegacy(tmp, notices::add)).isEmpty();
        assertThat(notices).isEmpty();
    }
}
