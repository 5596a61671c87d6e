package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {
  @Test
  void decodesToTheSamePixels() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 37, 23);
    g.setColor(new Color(165, 30, 55));
    g.fillOval(3, 2, 20, 15);
    g.setColor(new Color(1, 2, 3));
    g.drawLine(0, 22, 36, 0);
    g.dispose();

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngWriter.encode(image)));

    assertThat(decoded.getWidth()).isEqualTo(37);
    assertThat(decoded.getHeight()).isEqualTo(23);
    for (int y = 0; y < 23; y++) {
      for (int x = 0; x < 37; x++) {
        assertThat(decoded.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
      }
    }
  }

  @Test
  void imagesLargerThanOneBlockOfRowsDecodeToTheSamePixels() throws IOException {
    // About 2,100 bytes a row: 1,100 rows are two blocks of rows and a part.
    BufferedImage image = new BufferedImage(700, 1100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 1100; y++) {
      for (int x = 0; x < 700; x++) {
        image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
      }
    }

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngWriter.encode(image)));

    for (int y = 0; y < 1100; y += 7) {
      for (int x = 0; x < 700; x += 3) {
        assertThat(decoded.getRGB(x, y) & 0xffffff).isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void theSamePixelsGiveTheSameBytes() {
    BufferedImage a = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    BufferedImage b = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    a.setRGB(4, 5, 0x123456);
    b.setRGB(4, 5, 0x123456);

    assertThat(PngWriter.encode(a)).isEqualTo(PngWriter.encode(b));
  }

  @Test
  void refusesImagesWithAlpha() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);

    assertThatThrownBy(() -> PngWriter.encode(argb)).hasMessageContaining("INT_RGB");
  }
}
