/**
 * Stage 2, evaluate: runs TorchScript models through DJL's PyTorch engine on the stimuli and caches
 * every decision as model-vs-human trial CSVs.
 */
@NullMarked
package org.cakebench.evaluate;

import org.jspecify.annotations.NullMarked;
