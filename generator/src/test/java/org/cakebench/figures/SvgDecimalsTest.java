package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgDecimalsTest {
  /** The figure's text after the pass, which edits its UTF-8 bytes in place. */
  private static String cut(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new String(
        bytes, 0, ImageEncoder.twoDecimals(bytes, bytes.length), StandardCharsets.UTF_8);
  }

  @Test
  void numbersKeepTwoDecimals() {
    assertThat(cut("M12.345678,0.5 L3.14159,7.999")).isEqualTo("M12.34,0.5 L3.14,7.99");
  }

  @Test
  void numbersWithTwoDecimalsOrFewerAndOtherDotsStay() {
    String text = "x=\"1.25\" y=\"3.5\" 1.2.345 .123 a.b";
    assertThat(cut(text)).isEqualTo("x=\"1.25\" y=\"3.5\" 1.2.34 .123 a.b");
  }

  @Test
  void charactersOutsideAsciiPassUnchanged() {
    assertThat(cut("κ 0.12345 – 1.5 × 3.14159 ✓")).isEqualTo("κ 0.12 – 1.5 × 3.14 ✓");
  }

  @Test
  void agreesWithTheRegularExpressionItReplaces() {
    // The pass stands for (\d\.\d{2})\d+ -> $1; random strings of digits, dots and others.
    Random random = new Random(7);
    String alphabet = "0123456789..,x κ–";
    for (int t = 0; t < 2_000; t++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(cut(text)).as(text).isEqualTo(text.replaceAll("(\\d\\.\\d{2})\\d+", "$1"));
    }
  }
}
