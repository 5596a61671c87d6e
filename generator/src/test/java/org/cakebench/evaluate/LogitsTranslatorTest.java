package org.cakebench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The translator's checks on a model's output, on NDArrays made by the PyTorch engine. */
class LogitsTranslatorTest {
  private final NDManager manager = NDManager.newBaseManager("PyTorch");
  private final LogitsTranslator translator = new LogitsTranslator("my-model");

  @AfterEach
  void close() {
    manager.close();
  }

  @Test
  void acceptsOneFiniteTensorOfShapeNBy1000() {
    float[] values = new float[2000];
    values[1999] = 3.5f;
    Logits logits = translator.toLogits(new NDList(manager.create(values, new Shape(2, 1000))), 2);
    assertThat(logits.count()).isEqualTo(2);
    assertThat(logits.values()).containsExactly(values);
  }

  @Test
  void rejectsOutputsThatAreNotNBy1000() {
    assertThatThrownBy(() -> translator.toLogits(new NDList(manager.zeros(new Shape(2, 999))), 2))
        .isInstanceOf(ModelOutputException.class)
        .hasMessageContaining("my-model")
        .hasMessageContaining("(2, 999)")
        .hasMessageContaining("[2, 1000]");
    assertThatThrownBy(
            () -> translator.toLogits(new NDList(manager.zeros(new Shape(2, 1000, 1))), 2))
        .isInstanceOf(ModelOutputException.class);
    assertThatThrownBy(() -> translator.toLogits(new NDList(manager.zeros(new Shape(3, 1000))), 2))
        .isInstanceOf(ModelOutputException.class)
        .hasMessageContaining("for 2 images");
  }

  @Test
  void rejectsModelsReturningSeveralTensors() {
    NDList two = new NDList(manager.zeros(new Shape(1, 1000)), manager.zeros(new Shape(1, 1000)));
    assertThatThrownBy(() -> translator.toLogits(two, 1))
        .isInstanceOf(ModelOutputException.class)
        .hasMessageContaining("returns 2 tensors");
  }

  @Test
  void rejectsNanAndInfiniteLogits() {
    float[] values = new float[2000];
    values[1000 + 17] = Float.NaN;
    assertThatThrownBy(
            () -> translator.toLogits(new NDList(manager.create(values, new Shape(2, 1000))), 2))
        .isInstanceOf(ModelOutputException.class)
        .hasMessageContaining("logit 17 of image 1")
        .hasMessageContaining("NaN");
    values[1000 + 17] = Float.POSITIVE_INFINITY;
    assertThatThrownBy(
            () -> translator.toLogits(new NDList(manager.create(values, new Shape(2, 1000))), 2))
        .isInstanceOf(ModelOutputException.class)
        .hasMessageContaining("Infinity");
  }

  @Test
  void convertsOtherFloatTypesToFloat32() {
    double[] values = new double[1000];
    values[5] = 2.5;
    Logits logits = translator.toLogits(new NDList(manager.create(values, new Shape(1, 1000))), 1);
    assertThat(logits.values()[5]).isEqualTo(2.5f);
  }
}
