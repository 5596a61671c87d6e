package org.cakebench.evaluate;

import java.util.List;
import org.cakebench.data.ModelInput;

/**
 * Turns a decoded image into a model's input as model-vs-human's PyTorch loader does: images of the
 * model's input size go in as they are; others are resized (shorter side to {@code size * 256 /
 * 224}, rounded: 256 for 224, 342 for 299 as torchvision's presets) with Pillow's bilinear filter
 * and centre-cropped; then each channel is divided by 255 and normalised with the model's mean and
 * standard deviation, in float32, laid out CHW.
 */
public final class InputTransform {
  private final int size;
  private final float[][] table;

  /** The transform for a model with this input. */
  public InputTransform(ModelInput input) {
    this(input.inputSize(), input.mean(), input.std());
  }

  InputTransform(int size, List<Float> mean, List<Float> std) {
    if (size <= 0 || mean.size() != 3 || std.size() != 3) {
      throw new IllegalArgumentException("input size must be positive, mean and std three values");
    }
    this.size = size;
    // 256 values per channel: the same float32 arithmetic as ToTensor() + Normalize(), once.
    this.table = new float[3][256];
    for (int c = 0; c < 3; c++) {
      float m = mean.get(c);
      float s = std.get(c);
      for (int v = 0; v < 256; v++) {
        table[c][v] = (v / 255f - m) / s;
      }
    }
  }

  /** The side of the square input. */
  public int size() {
    return size;
  }

  /** The number of floats one image takes: {@code 3 * size * size}. */
  public int floatsPerImage() {
    return 3 * size * size;
  }

  /** Writes the model input for {@code image} into {@code out} from {@code offset}, CHW. */
  public void write(RgbImage image, float[] out, int offset) {
    RgbImage fitted = fit(image);
    byte[] px = fitted.pixels();
    int plane = size * size;
    for (int i = 0; i < plane; i++) {
      out[offset + i] = table[0][px[i * 3] & 0xff];
      out[offset + plane + i] = table[1][px[i * 3 + 1] & 0xff];
      out[offset + 2 * plane + i] = table[2][px[i * 3 + 2] & 0xff];
    }
  }

  /** The image at the input size: unchanged, or resized and centre-cropped like torchvision. */
  RgbImage fit(RgbImage image) {
    return fit(image, size);
  }

  /**
   * {@code image} at input size {@code size}: unchanged when it already has that size, else resized
   * (torchvision's {@code Resize(size * 256 / 224)}: the shorter side to that, the longer {@code
   * int(resizeTo * long / short)}) and centre-cropped.
   */
  static RgbImage fit(RgbImage image, int size) {
    if (image.width() == size && image.height() == size) {
      return image;
    }
    int resizeTo = resizeTarget(size);
    int w = image.width();
    int h = image.height();
    int newW;
    int newH;
    if (w <= h) {
      newW = resizeTo;
      newH = (int) ((double) resizeTo * h / w);
    } else {
      newH = resizeTo;
      newW = (int) ((double) resizeTo * w / h);
    }
    RgbImage resized = newW == w && newH == h ? image : PilBilinearResize.resize(image, newW, newH);
    return centreCrop(resized, size);
  }

  private static int resizeTarget(int size) {
    return (int) Math.round(size * 256.0 / 224.0);
  }

  private static RgbImage centreCrop(RgbImage image, int size) {
    // torchvision's center_crop: int(round((H - h) / 2.0)), Python rounding half to even.
    int top = (int) Math.rint((image.height() - size) / 2.0);
    int left = (int) Math.rint((image.width() - size) / 2.0);
    byte[] out = new byte[size * size * 3];
    for (int y = 0; y < size; y++) {
      System.arraycopy(
          image.pixels(), ((top + y) * image.width() + left) * 3, out, y * size * 3, size * 3);
    }
    return new RgbImage(size, size, out);
  }
}
