package org.cakebench.report;

/**
 * What the footer says about the build.
 *
 * @param version the cakebench version, e.g. {@code 0.1.0}
 * @param date the build date as ISO text, e.g. {@code 2025-11-26}
 * @param dataSource where the trials came from, e.g. {@code model-vs-human 79ed7cd1}
 */
public record BuildInfo(String version, String date, String dataSource) {}
