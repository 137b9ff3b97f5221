package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.lists.Embedded;
import io.interdict.lists.config.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that screens: where configuration comes from. */
final class EngineOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file overriding the defaults (YAML).")
    Path config;

    private Config loaded;

    Config config() {
        if (loaded == null) {
            loaded = Config.load(config);
        }
        return loaded;
    }

    Screener screener() {
        return Embedded.screener(config());
    }
}
