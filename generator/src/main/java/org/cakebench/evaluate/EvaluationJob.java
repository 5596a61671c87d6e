package org.cakebench.evaluate;

import org.cakebench.data.Dataset;

/** One unit of work: one model's decisions on one dataset, stored as one trial file. */
public record EvaluationJob(ModelSpec model, Dataset dataset) {
  @Override
  public String toString() {
    return model.id() + " on " + dataset.name();
  }
}
