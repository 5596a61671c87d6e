package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputTransformTest {
  @Test
  void normalisesEachChannelInFloat32AndLaysOutChw() {
    List<Float> mean = List.of(0.485f, 0.456f, 0.406f);
    List<Float> std = List.of(0.229f, 0.224f, 0.225f);
    InputTransform transform = new InputTransform(2, mean, std);
    byte[] px = {0, 1, 2, 3, 4, 5, 10, 20, 30, (byte) 255, (byte) 128, 7};
    float[] out = new float[1 + transform.floatsPerImage()];
    transform.write(new RgbImage(2, 2, px), out, 1);
    assertThat(out[0]).isZero();
    for (int pixel = 0; pixel < 4; pixel++) {
      for (int c = 0; c < 3; c++) {
        float expected = ((px[pixel * 3 + c] & 0xff) / 255f - mean.get(c)) / std.get(c);
        assertThat(out[1 + c * 4 + pixel]).isEqualTo(expected);
      }
    }
  }

  @Test
  void resizeTargetFollowsTheTorchvisionPresets() {
    List<Float> zero = List.of(0f, 0f, 0f);
    List<Float> one = List.of(1f, 1f, 1f);
    // 224 -> shorter side 256; 299 (Inception-V3) -> 342
    RgbImage wide = PilBilinearResizeTest.pattern(400, 200);
    assertThat(new InputTransform(224, zero, one).fit(wide).width()).isEqualTo(224);
    RgbImage expected224 =
        PilBilinearResize.resize(wide, 512, 256); // then crop columns 144..368, rows 16..240
    RgbImage fitted = new InputTransform(224, zero, one).fit(wide);
    for (int y = 0; y < 224; y += 37) {
      for (int x = 0; x < 224; x += 41) {
        assertThat(fitted.sample(x, y, 1)).isEqualTo(expected224.sample(x + 144, y + 16, 1));
      }
    }
    RgbImage expected299 = PilBilinearResize.resize(wide, 684, 342);
    RgbImage fitted299 = new InputTransform(299, zero, one).fit(wide);
    // (684 - 299) / 2 = 192.5 rounds half to even: 192; (342 - 299) / 2 = 21.5: 22
    assertThat(fitted299.sample(0, 0, 0)).isEqualTo(expected299.sample(192, 22, 0));
    assertThat(fitted299.sample(298, 298, 2)).isEqualTo(expected299.sample(490, 320, 2));
  }
}
