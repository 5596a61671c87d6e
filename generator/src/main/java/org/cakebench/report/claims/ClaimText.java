package org.cakebench.report.claims;

import org.cakebench.data.PaperSection;

/**
 * What the paper says, and how the report checks it.
 *
 * @param id stable id, used in anchors and placeholders, e.g. {@code simclr-texture}
 * @param section the part of the report it belongs to
 * @param where where the paper says it, e.g. {@code Section 3.4}
 * @param statement the statement in the report's words
 * @param paperValue the value the paper gives, as printed
 * @param rule how the verdict is computed from the data
 */
public record ClaimText(
    String id,
    PaperSection section,
    String where,
    String statement,
    String paperValue,
    String rule) {}
