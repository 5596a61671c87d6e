package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.ImageAccuracy;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverGroup;
import org.cakebench.report.Format;
import org.cakebench.report.ImageErrors;
import org.cakebench.report.ReportData;
import org.cakebench.site.output.ImageErrorStimuli;
import org.jspecify.annotations.Nullable;

/**
 * The images of Section 3.3 on which humans and the paper's models disagree most, per texture-shape
 * dataset, as the page shows them: a thumbnail and each group's share right.
 */
public final class ImageErrorViews {
  private ImageErrorViews() {}

  /**
   * One dataset's images.
   *
   * @param id the anchor of its block
   * @param title the dataset's title
   * @param href its page
   * @param observers who the shares are of, in words
   * @param note why there are no images, or empty
   * @param humansBetter images most humans got right and most models wrong
   * @param modelsBetter the reverse
   */
  public record Block(
      String id,
      String title,
      String href,
      String observers,
      String note,
      List<Card> humansBetter,
      List<Card> modelsBetter) {}

  /**
   * One image.
   *
   * @param src its path in the site, or null when the data lack the file
   * @param alt the text alternative
   * @param caption its file name and true category
   * @param shares each group's share right
   */
  public record Card(@Nullable String src, String alt, String caption, List<Share> shares) {}

  /** A group's share of observers right on an image, e.g. Humans 100%. */
  public record Share(String group, String value) {}

  static List<Block> of(
      List<ImageErrors> errors, ReportData report, Map<String, String> copiedImages) {
    List<Block> blocks = new ArrayList<>();
    for (ImageErrors e : errors) {
      Dataset d = e.dataset();
      List<String> models = report.on(d, report.comparisonModels());
      List<String> supervised = group(report, models, ObserverGroup.SUPERVISED);
      List<String> self = group(report, models, ObserverGroup.SELF_SUPERVISED);
      String observers =
          report.humans(d).size()
              + " human participants; the paper's supervised models with decisions: "
              + Format.names(report.names(supervised))
              + "; its self-supervised models: "
              + Format.names(report.names(self));
      String note =
          models.isEmpty()
              ? "None of the paper's models has decisions on this dataset yet, so there is nothing"
                  + " to compare the humans with."
              : e.humansBetter().isEmpty() && e.modelsBetter().isEmpty()
                  ? "On no image do the humans and the paper's models differ."
                  : "";
      blocks.add(
          new Block(
              "disagreements-" + d.name(),
              d.title(),
              Links.dataset(d),
              observers,
              note,
              cards(d, e.humansBetter(), copiedImages),
              cards(d, e.modelsBetter(), copiedImages)));
    }
    return blocks;
  }

  private static List<String> group(ReportData report, List<String> models, ObserverGroup g) {
    return models.stream().filter(m -> report.profile(m).group() == g).toList();
  }

  private static List<Card> cards(
      Dataset d, List<ImageAccuracy> images, Map<String, String> files) {
    List<Card> cards = new ArrayList<>();
    for (ImageAccuracy i : images) {
      String category = i.category().label();
      List<Share> shares =
          List.of(
              new Share("Humans", Format.percent(i.humans())),
              new Share("Supervised", Format.percent(i.supervised())),
              new Share("Self-supervised", Format.percent(i.selfSupervised())));
      String alt =
          d.title()
              + " image "
              + i.imageId()
              + " of the category "
              + category
              + ": humans "
              + Format.percent(i.humans())
              + " right, the paper's models "
              + Format.percent(i.models())
              + " right";
      cards.add(
          new Card(
              files.get(ImageErrorStimuli.key(d.name(), i.imageId())),
              alt,
              category + " · " + i.imageId(),
              shares));
    }
    return cards;
  }
}
