package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotspotLayerTest {
  @Test
  void consecutiveHotspotsOfOneModelShareOneLinkAndHumansHaveNone() {
    List<Hotspot> spots =
        List.of(
            new Hotspot(true, 0, 0, 10, 10, "a", "../model-a.html"),
            new Hotspot(false, 10, 0, 5, 5, "b", "../model-a.html"),
            new Hotspot(true, 20, 0, 10, 10, "Humans", null));

    String svg = HotspotLayer.svg(spots);

    assertThat(svg.split("<a ", -1)).hasSize(2);
    assertThat(svg)
        .contains("<a href=\"../model-a.html\" xlink:href=\"../model-a.html\" target=\"_top\">")
        .contains("<circle cx=\"5\" cy=\"5\" r=\"5\"><title>a</title></circle>")
        .contains("<rect x=\"10\" y=\"0\" width=\"5\" height=\"5\"><title>b</title></rect>")
        .contains("    <circle cx=\"25\" cy=\"5\" r=\"5\"><title>Humans</title></circle>");
  }

  @Test
  void tooltipsAreEscaped() {
    String svg = HotspotLayer.svg(List.of(new Hotspot(false, 0, 0, 1, 1, "a < b & \"c\"", null)));

    assertThat(svg).contains("<title>a &lt; b &amp; &quot;c&quot;</title>");
  }

  @Test
  void aFigureWithoutHotspotsGetsNoLayer() {
    assertThat(HotspotLayer.svg(List.of())).isEmpty();
  }
}
