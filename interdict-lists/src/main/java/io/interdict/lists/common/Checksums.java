package io.interdict.lists.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code sha256:<hex>} over the raw bytes of a publication's files, in the order given. */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(List<ListFile> files) {
        MessageDigest md = digest();
        for (ListFile f : files) {
            md.update(f.bytes());
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    public static String sha256(byte[] bytes) {
        return "sha256:" + HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
