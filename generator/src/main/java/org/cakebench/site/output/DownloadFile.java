package org.cakebench.site.output;

/**
 * A file offered on the downloads page.
 *
 * @param path its path relative to the output folder
 * @param observer the observer it belongs to ({@code ""} for files about everyone)
 * @param dataset the dataset it belongs to ({@code ""} for files about all)
 * @param bytes its size
 */
public record DownloadFile(String path, String observer, String dataset, long bytes) {}
