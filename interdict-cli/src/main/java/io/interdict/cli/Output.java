package io.interdict.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's records go: the {@code -o FILE}, or standard output (flushed at the end, never closed). */
final class Output {
    private static final int BUFFER = 1 << 16;

    private Output() {
    }

    static Writer open(Path file) throws IOException {
        if (file != null) {
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER);
        }
        FilterOutputStream stdout = new FilterOutputStream(System.out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), BUFFER);
    }
}
