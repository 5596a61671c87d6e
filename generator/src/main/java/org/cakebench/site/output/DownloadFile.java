package org.cakebench.site.output;

import org.jspecify.annotations.Nullable;

/**
 * A file offered on the downloads page.
 *
 * @param path its path relative to the output folder
 * @param observer the observer it belongs to ({@code ""} for files about everyone)
 * @param dataset the dataset it belongs to ({@code ""} for files about all)
 * @param bytes its size
 * @param sha256 the SHA-256 of its content where known before it was written (every decision file),
 *     else null
 */
public record DownloadFile(
    String path, String observer, String dataset, long bytes, @Nullable String sha256) {}
