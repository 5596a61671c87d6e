package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeatMapCellsTest {
  @Test
  void cellsFillTheirRectangleInTheScaleColoursAndEmptyCellsAreGrey() throws IOException {
    double[][] values = {{0, 100, 25}, {50, Double.NaN, 75}};
    Canvas canvas = new Canvas(60, 40);
    HeatMapCells.add(canvas, values, ColourScale.PERCENT, 10, 10, 10, 10);

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(ImageEncoder.png(canvas, 1)));

    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        Color expected =
            Double.isNaN(values[r][c]) ? Theme.EMPTY : ColourScale.PERCENT.colour(values[r][c]);
        Color actual = new Color(png.getRGB(10 + c * 10 + 5, 10 + r * 10 + 5));
        assertThat(Math.abs(actual.getRed() - expected.getRed()))
            .as("red " + r + "," + c)
            .isLessThanOrEqualTo(1);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).isLessThanOrEqualTo(1);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).isLessThanOrEqualTo(1);
      }
    }
    assertThat(new Color(png.getRGB(10 + 10, 10))).isEqualTo(new Color(165, 30, 55));
    assertThat(new Color(png.getRGB(9, 10)).getRGB()).isEqualTo(Color.WHITE.getRGB());
    assertThat(new Color(png.getRGB(39, 29))).isEqualTo(ColourScale.PERCENT.colour(75));
  }
}
