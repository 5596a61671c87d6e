package org.cakebench.site.claims;

/**
 * What the paper says, and how the report checks it.
 *
 * @param id stable id, used in anchors and placeholders, e.g. {@code simclr-texture}
 * @param section the report section: {@code data}, {@code ood} (3.1), {@code category} (3.2),
 *     {@code image} (3.3) or {@code shape} (3.4)
 * @param where where the paper says it, e.g. {@code Section 3.4}
 * @param statement the statement in the report's words
 * @param paperValue the value the paper gives, as printed
 * @param rule how the verdict is computed from the data
 */
public record ClaimText(
    String id, String section, String where, String statement, String paperValue, String rule) {}
