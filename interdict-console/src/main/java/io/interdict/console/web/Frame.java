package io.interdict.console.web;

import io.interdict.console.auth.Identity;

/**
 * What every page's layout needs: the title, which section is current, who is signed in, the
 * session's CSRF token for forms, and a message from the last action (notice or error).
 */
public record Frame(String title, String section, Identity who, String csrf, String notice, String error) {
    public Frame withNotice(String n) {
        return new Frame(title, section, who, csrf, n, error);
    }

    public Frame withError(String e) {
        return new Frame(title, section, who, csrf, notice, e);
    }

    public boolean current(String s) {
        return s.equals(section);
    }
}
