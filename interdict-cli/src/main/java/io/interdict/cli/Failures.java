package io.interdict.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A failure as one line a user can act on: what went wrong, where, and (where it helps) what to do.
 * Java class names, "null" messages and stack traces never reach the user; a genuine defect is named
 * as one so it can be reported.
 */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable ex) {
        Throwable e = unwrap(ex);
        if (e instanceof Output.Failure f) {
            return f.getMessage();
        }
        if ((e instanceof io.interdict.config.Config.ConfigException || e instanceof io.interdict.regime.RegimeException)
                && e.getMessage() != null) {
            return "configuration: " + e.getMessage();
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or directory: " + f.getFile();
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NotDirectoryException f) {
            return "not a directory: " + f.getFile();
        }
        if (e instanceof FileSystemException f) {
            return "cannot access " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        if (e instanceof JsonProcessingException j) {
            return json(j);
        }
        if (e instanceof UnknownHostException u) {
            return "cannot resolve host " + u.getMessage() + " (check the address, or the network)";
        }
        if (e instanceof ConnectException c) {
            return "cannot connect" + (c.getMessage() == null ? "" : ": " + c.getMessage()) + " (is the server running and reachable?)";
        }
        if (e instanceof HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof IOException io) {
            return io.getMessage() == null ? "input/output error (" + plain(io) + ")" : io.getMessage();
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof UnsupportedOperationException) {
            if (e.getMessage() != null) {
                return e.getMessage();
            }
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give the JVM more with INTERDICT_JAVA_OPTS=-Xmx2g, or a smaller input)";
        }
        return "internal error, please report it: " + plain(e) + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static Throwable unwrap(Throwable ex) {
        Throwable e = ex;
        while ((e instanceof UncheckedIOException || e.getClass() == RuntimeException.class) && e.getCause() != null
                && !(e instanceof Output.Failure)) {
            e = e.getCause();
        }
        return e;
    }

    /** A YAML or JSON problem with its place, without Jackson's class names. */
    private static String json(JsonProcessingException j) {
        String msg = j.getOriginalMessage() == null ? "malformed" : j.getOriginalMessage().split("\n")[0];
        msg = msg.replaceAll("`[a-z]+(\\.[A-Za-z0-9_]+)+\\$?([A-Za-z0-9_]+)`", "$2")
                .replaceAll("\\(class [^)]*\\)", "").replaceAll("\\s+", " ").trim();
        JsonLocation at = j.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        Object src = at == null ? null : at.contentReference().getRawContent();
        String file = src instanceof java.io.File f ? f.getPath() + ": " : "";
        return file + "invalid JSON/YAML" + where + ": " + msg;
    }

    private static String plain(Throwable e) {
        String n = e.getClass().getSimpleName();
        return n.isEmpty() ? "error" : n;
    }
}
