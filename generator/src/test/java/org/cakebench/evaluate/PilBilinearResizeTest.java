package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resizing and cropping match Pillow and torchvision byte for byte. The expected SHA-256 values
 * were computed with Pillow 9.4.0 on the same synthetic pattern:
 *
 * <pre>
 * y, x = np.mgrid[0:h, 0:w]
 * img = np.stack([(x*7+y*3) % 256, (x*x//5+y) % 256, ((x*13) ^ (y*29)) % 256], -1).astype(np.uint8)
 * Image.fromarray(img).resize((ow, oh), Image.BILINEAR).tobytes()          # resize cases
 * center_crop(resize(Image.fromarray(img), r), s).tobytes()                 # torchvision fit cases
 * </pre>
 */
class PilBilinearResizeTest {
  static RgbImage pattern(int w, int h) {
    byte[] px = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int at = (y * w + x) * 3;
        px[at] = (byte) ((x * 7 + y * 3) % 256);
        px[at + 1] = (byte) ((x * x / 5 + y) % 256);
        px[at + 2] = (byte) (((x * 13) ^ (y * 29)) % 256);
      }
    }
    return new RgbImage(w, h, px);
  }

  @ParameterizedTest(name = "{0}x{1} -> {2}x{3}")
  @CsvSource({
    "300, 250,  53,  41, 0e176294d8da4ef196111476e78a78650014f1cffc6338439ecaa61ee2e8ea33",
    " 40,  30,  97,  61, 387198c2842d875dfee2d2b424cdb2588975a15f80523c341a47a64a145caec1",
    "500, 333, 256, 170, e4023dccad89a15a24f65eafdd6c7cacf6f6a186ae5c28fd57d0c63633fc3f19"
  })
  void bilinearResizeEqualsPillows(int w, int h, int ow, int oh, String sha256) {
    RgbImage resized = PilBilinearResize.resize(pattern(w, h), ow, oh);
    assertThat(resized.width()).isEqualTo(ow);
    assertThat(resized.height()).isEqualTo(oh);
    assertThat(DigestUtils.sha256Hex(resized.pixels())).isEqualTo(sha256);
  }

  @ParameterizedTest(name = "{0}x{1} fitted to {2}")
  @CsvSource({
    "500, 333, 224, 91f144fce3b2a3c54af11e452b41994872dd7be20ab60d89520a6a22c8dc12ae",
    "300, 400, 299, 8888e5da7d93c241ecc631764574149580ae3d85a51fcfb645bdfc48600bf515",
    "223, 224, 224, 68f800262965ba56e4dff01016d43ac1c8911ab18e09306d1c0092b2f7c21619"
  })
  void resizeAndCentreCropEqualTorchvisions(int w, int h, int size, String sha256) {
    InputTransform transform = new InputTransform(size, List.of(0f, 0f, 0f), List.of(1f, 1f, 1f));
    RgbImage fitted = transform.fit(pattern(w, h));
    assertThat(fitted.width()).isEqualTo(size);
    assertThat(fitted.height()).isEqualTo(size);
    assertThat(DigestUtils.sha256Hex(fitted.pixels())).isEqualTo(sha256);
  }

  @Test
  void imagesOfTheInputSizeAreNotResized() {
    RgbImage image = pattern(224, 224);
    InputTransform transform = new InputTransform(224, List.of(0f, 0f, 0f), List.of(1f, 1f, 1f));
    assertThat(transform.fit(image)).isSameAs(image);
  }

  @Test
  void aUniformImageStaysUniform() {
    byte[] px = new byte[30 * 20 * 3];
    java.util.Arrays.fill(px, (byte) 200);
    RgbImage resized = PilBilinearResize.resize(new RgbImage(30, 20, px), 77, 9);
    for (byte b : resized.pixels()) {
      assertThat(b & 0xff).isEqualTo(200);
    }
    assertThat(HexFormat.of().formatHex(resized.pixels()).length()).isEqualTo(77 * 9 * 3 * 2);
  }
}
