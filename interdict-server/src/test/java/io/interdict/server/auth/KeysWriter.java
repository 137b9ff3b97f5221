package io.interdict.server.auth;

import java.nio.file.Path;
import java.util.EnumSet;

/** A separate `interdict keys` process, for the parallel-writers test: creates N keys or revokes one. */
public final class KeysWriter {
    private KeysWriter() {
    }

    public static void main(String[] args) {
        FileApiKeys keys = new FileApiKeys(Path.of(args[0]));
        if (args[1].equals("revoke")) {
            if (!keys.revoke(args[2])) {
                System.exit(3);
            }
            return;
        }
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            keys.create(args[2] + "-" + i, EnumSet.of(Role.SCREEN));
        }
    }
}
