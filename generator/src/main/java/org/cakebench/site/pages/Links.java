package org.cakebench.site.pages;

import org.cakebench.data.Dataset;
import org.cakebench.report.Format;

/** The page paths of the report; all pages sit in the site's top folder, so links stay simple. */
public final class Links {
  public static final String HOME = "index.html";
  public static final String INTRODUCTION = "introduction.html";
  public static final String METHODS = "methods.html";
  public static final String LEADERBOARD = "leaderboard.html";
  public static final String DATASETS = "datasets.html";
  public static final String MODELS = "models.html";
  public static final String ADD_MODEL = "add-a-model.html";
  public static final String DOWNLOADS = "downloads.html";
  public static final String REFERENCES = "references.html";

  private Links() {}

  /** The page of one dataset, e.g. {@code dataset-uniform-noise.html}. */
  public static String dataset(Dataset dataset) {
    return "dataset-" + Format.slug(dataset.name()) + ".html";
  }

  /** The page of one model, e.g. {@code model-resnet50.html}. */
  public static String model(String id) {
    return "model-" + Format.slug(id) + ".html";
  }

  /** The anchor of a claim in the home page's claims table. */
  public static String claim(String id) {
    return HOME + "#claim-" + id;
  }
}
