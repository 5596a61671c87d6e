/**
 * Stage 5, report: the assemble stage between the analyses and figures and the site; it builds,
 * once per build, the immutable typed report model ({@link org.cakebench.report.Report}) that pages
 * only format and lay out. Observers in catalogue order with display names and groups, per-dataset
 * values looked up by typed keys, the bootstrap intervals, dataset coverage, the paper's claims
 * checked against the data, the figures by section and dataset, and the number formats every page
 * shares.
 */
@NullMarked
package org.cakebench.report;

import org.jspecify.annotations.NullMarked;
