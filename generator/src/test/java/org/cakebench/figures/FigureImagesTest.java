package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.cakebench.data.PaperSection;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure renders headless into a non-blank PNG at twice its size, an SVG and a CSV. */
class FigureImagesTest {
  @TempDir Path out;

  static Stream<Figure> figures() {
    return Fixture.standardFigures().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void everyFigureRendersAVisiblePngAnSvgAndItsCsv(Figure figure) throws IOException {
    FigureFile file = FigureRenderer.write(figure, out);

    assertThat(file.png()).isEqualTo("figures/" + figure.id() + ".png");
    BufferedImage png = ImageIO.read(out.resolve(file.png()).toFile());
    assertThat(png.getWidth()).isEqualTo(2 * file.width());
    assertThat(png.getHeight()).isEqualTo(2 * file.height());
    assertThat(file.width()).isBetween(400, Theme.WIDTH);

    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    for (int y = 0; y < png.getHeight(); y += 2) {
      for (int x = 0; x < png.getWidth(); x += 2) {
        int rgb = png.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        if (rgb != 0xffffff) {
          ink++;
        }
      }
    }
    long sampled = (long) (png.getHeight() / 2) * (png.getWidth() / 2);
    assertThat(colours).as("distinct colours").hasSizeGreaterThan(30);
    assertThat((double) ink / sampled).as("share of non-white pixels").isGreaterThan(0.02);

    String svg = Files.readString(out.resolve(file.svg()), StandardCharsets.UTF_8);
    assertThat(svg).contains("<svg", "<title>", "<desc>", "</svg>");
    assertThat(svg).contains("width=\"" + file.width() + "px\"");

    String csv = Files.readString(out.resolve(file.csv()), StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(figure.table().rows().size() + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void everyFigureSaysWhatItShows(Figure figure) {
    assertThat(figure.title()).isNotBlank();
    assertThat(figure.caption()).hasSizeGreaterThan(60).doesNotContain("null", "NaN");
    assertThat(figure.altText()).hasSizeGreaterThan(40).doesNotContain("null", "NaN");
    assertThat(figure.section()).isNotEqualTo(PaperSection.DATA);
  }
}
