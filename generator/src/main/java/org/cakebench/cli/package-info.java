/** The command line: one picocli command per job, each a thin layer over the pipeline stages. */
@NullMarked
package org.cakebench.cli;

import org.jspecify.annotations.NullMarked;
