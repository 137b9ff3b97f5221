package io.interdict.cli;

import io.interdict.config.Config;
import io.interdict.config.Home;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The home of this run: {@code --home} (an option of every command), else INTERDICT_HOME, else the configuration. */
final class Homes {
    /** Set by the top command's inherited {@code --home}; reset at the start of every run. */
    static volatile Path flag;

    private Homes() {
    }

    /** The home, after moving what older versions kept under ./.interdict into it (said on {@code err}). */
    static Home resolve(Config config, PrintWriter err) {
        Home home = Home.resolve(flag, config, System.getenv());
        home.adoptLegacy(Path.of("").toAbsolutePath(), m -> notice(err, m));
        return home;
    }

    /** The folder of api-keys.json: {@code flag} (deprecated --data-dir), else server.data_dir (deprecated), else the home. */
    static Path keysDir(Path flag, Config config, PrintWriter err) {
        if (flag != null) {
            deprecated(err, "--data-dir", "API keys are kept in the home (see --home)");
            return flag;
        }
        String configured = config.server().dataDir();
        if (configured != null && !configured.isBlank()) {
            deprecated(err, "server.data_dir", "API keys are kept in the home (set home, INTERDICT_HOME or --home)");
            return Home.expand(configured);
        }
        return resolve(config, err).keys();
    }

    static void notice(PrintWriter err, String message) {
        err.println("interdict: " + message);
        err.flush();
    }

    /** Says that a deprecated option or key was used, and what replaces it. */
    static void deprecated(PrintWriter err, String what, String instead) {
        notice(err, what + " is deprecated; " + instead);
    }
}
