package org.cakebench.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ModelInput;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverProfile;

/**
 * What an evaluation runs by default: catalog models with a TorchScript file, datasets with images.
 */
public final class ModelSelection {
  private ModelSelection() {}

  /** The catalog's models whose TorchScript file exists, in catalog order. */
  public static List<ModelSpec> withFiles(ObserverCatalog catalog) {
    List<ModelSpec> specs = new ArrayList<>();
    for (ObserverProfile profile : catalog.models()) {
      ModelInput input = profile.model();
      if (input != null && Files.isRegularFile(input.file())) {
        specs.add(new ModelSpec(profile.id(), input));
      }
    }
    return specs;
  }

  /** The datasets that have an image folder under {@code imagesDir}, in registry order. */
  public static List<Dataset> withImages(Path imagesDir) {
    return Datasets.all().stream()
        .filter(d -> Files.isDirectory(imagesDir.resolve(d.name())))
        .toList();
  }
}
