package io.interdict.core.names;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.UTF16;

/**
 * The text an ICU transliterator rewrites, over a {@link StringBuilder}: what ICU's own
 * {@code ReplaceableString} does over a {@link StringBuffer}, whose every character read takes a lock.
 * A rule set is matched a character at a time (Han-Latin's tens of thousands of rules, many for each
 * character), so transliterating a Han name reads its few characters hundreds of times: without the
 * lock it costs about a third less.
 */
final class BuilderText implements Replaceable {
    private final StringBuilder text;

    BuilderText(String text) {
        this.text = new StringBuilder(text);
    }

    /** {@code t.transliterate(text)}, the same text through this class. */
    static String transliterate(com.ibm.icu.text.Transliterator t, String text) {
        BuilderText b = new BuilderText(text);
        t.transliterate(b);
        return b.toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int offset) {
        return text.charAt(offset);
    }

    @Override
    public int char32At(int offset) {
        return UTF16.charAt(text, offset);
    }

    @Override
    public void getChars(int srcStart, int srcLimit, char[] dst, int dstStart) {
        if (srcStart != srcLimit) {
            text.getChars(srcStart, srcLimit, dst, dstStart);
        }
    }

    @Override
    public void replace(int start, int limit, String replacement) {
        text.replace(start, limit, replacement);
    }

    @Override
    public void replace(int start, int limit, char[] chars, int charsStart, int charsLen) {
        text.delete(start, limit);
        text.insert(start, chars, charsStart, charsLen);
    }

    @Override
    public void copy(int start, int limit, int dest) {
        if (start == limit && start >= 0 && start <= text.length()) {
            return;
        }
        char[] copied = new char[limit - start];
        getChars(start, limit, copied, 0);
        replace(dest, dest, copied, 0, limit - start);
    }

    @Override
    public boolean hasMetaData() {
        return false;
    }
}
