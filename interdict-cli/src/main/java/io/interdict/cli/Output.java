package io.interdict.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command's records go: the {@code -o FILE}, or standard output (flushed at the end, never
 * closed). A failed write (a full disk, a reader that closed the pipe) stops the command with a
 * {@link Failure} naming the output: {@link PrintStream} would swallow it and the run would go on
 * and exit 0 with decisions lost.
 */
final class Output {
    private static final int BUFFER = 1 << 16;

    private Output() {
    }

    /** A write to the command's output failed; the message names the output and the reason. */
    static final class Failure extends UncheckedIOException {
        Failure(String target, IOException cause) {
            super("cannot write to " + target + ": " + reason(cause), cause);
        }

        private static String reason(IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    static Writer open(Path file) throws IOException {
        if (file != null) {
            String target = file.toString();
            Writer w;
            try {
                w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new Failure(target, e);
            }
            return new Checked(new BufferedWriter(w, BUFFER), target);
        }
        PrintStream ps = System.out;
        FilterOutputStream stdout = new FilterOutputStream(ps) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ps.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                ps.flush();
                check();
            }

            @Override
            public void close() throws IOException {
                flush();
            }

            private void check() throws IOException {
                if (ps.checkError()) {
                    throw new IOException("the output was closed or the device is full");
                }
            }
        };
        return new Checked(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), BUFFER), "standard output");
    }

    /** Turns every I/O failure of the underlying writer into a {@link Failure} naming the target. */
    private static final class Checked extends Writer {
        private final Writer w;
        private final String target;

        Checked(Writer w, String target) {
            this.w = w;
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            try {
                w.write(cbuf, off, len);
            } catch (IOException e) {
                throw new Failure(target, e);
            }
        }

        @Override
        public void write(String str, int off, int len) {
            try {
                w.write(str, off, len);
            } catch (IOException e) {
                throw new Failure(target, e);
            }
        }

        @Override
        public void write(int c) {
            try {
                w.write(c);
            } catch (IOException e) {
                throw new Failure(target, e);
            }
        }

        @Override
        public void flush() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new Failure(target, e);
            }
        }

        @Override
        public void close() {
            try {
                w.close();
            } catch (IOException e) {
                throw new Failure(target, e);
            }
        }
    }
}
