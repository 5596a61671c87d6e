package org.cakebench.analysis;

import java.util.Map;
import org.cakebench.data.Category;

/** The shape bias of one observer (or the pooled humans), overall and per shape category. */
public record ShapeBiasEntry(
    String observer, ShapeBias overall, Map<Category, ShapeBias> perCategory) {
  public ShapeBiasEntry {
    perCategory = Map.copyOf(perCategory);
  }
}
