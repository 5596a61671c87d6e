/**
 * The orchestrator: runs the stages in execution order, fetch, evaluate, analyse, render figures,
 * render pages, post-process, publish, and swaps the finished site into place.
 */
@NullMarked
package org.cakebench.build;

import org.jspecify.annotations.NullMarked;
