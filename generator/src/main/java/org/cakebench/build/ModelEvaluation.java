package org.cakebench.build;

import java.util.List;
import org.cakebench.data.ObserverCatalog;

/** The evaluate step of a build: runs the models that have TorchScript files, caching decisions. */
@FunctionalInterface
public interface ModelEvaluation {
  /** Evaluates what is not cached yet; returns the ids of the models now in the cache. */
  List<String> run(BuildConfig config, ObserverCatalog catalog);

  /** A build step that evaluates nothing (no models configured). */
  static ModelEvaluation none() {
    return (config, catalog) -> List.of();
  }
}
