/**
 * Fetching the published data: the project's manifest of every file (size, SHA-256, pinned upstream
 * URL) and the fetcher that downloads or copies them, verified and written atomically.
 */
@NullMarked
package org.cakebench.data.fetch;

import org.jspecify.annotations.NullMarked;
