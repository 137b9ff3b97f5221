package io.interdict.lists.common;

import java.util.regex.Pattern;

/**
 * Lists without an entry type (BIS Entity List, DPL inside the CSL) still need organisations told
 * from people for matching: a name carrying a legal form ("Co., Ltd.", "LLC", "GmbH", "JSC") is an
 * organisation. Without one the kind stays unknown rather than guessed.
 */
public final class LegalForms {
    private static final Pattern FORM = Pattern.compile(
            "(?i)(\\b(co|corp|inc|ltd|llc|plc|gmbh|ag|sa|s\\.a|sarl|srl|spa|bv|nv|jsc|ojsc|cjsc|pjsc|ooo|oao|zao|fze|fzco|fzc|fzсо|pte|pvt|kg|as|ab|oy|company|corporation|limited|group|institute|university|academy|bureau|laboratory|factory|plant|enterprises?|industries|industry|trading|technology|technologies|electronics|bank|holdings?|international|center|centre|organization|association)\\b\\.?|\\bco\\.,? ?ltd)");

    private LegalForms() {
    }

    public static boolean looksLikeOrganization(String name) {
        return name != null && FORM.matcher(name).find();
    }
}
