package io.interdict.lists.common;

import io.interdict.core.snapshot.SourcePart;

/** A successful import: the part to activate and what was found on the way. */
public record ImportResult(SourcePart part, ImportReport report) {
}
