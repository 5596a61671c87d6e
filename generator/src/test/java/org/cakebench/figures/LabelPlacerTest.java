package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
  @Test
  void labelsOfNearbyPointsDoNotOverlapWhenThereIsRoom() {
    List<Point2D> points = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      points.add(new Point2D.Double(300 + 4 * i, 200 + 3 * i));
    }
    Rectangle2D plot = new Rectangle2D.Double(0, 0, 700, 400);
    LabelPlacer placer = new LabelPlacer(plot, Theme.LEGEND, points);
    List<Rectangle2D> boxes = new ArrayList<>();

    for (int i = 0; i < points.size(); i++) {
      String label = "Model number " + i;
      LabelPlacer.Placement at = placer.place(label, points.get(i));
      boxes.add(Text.box(label, Theme.LEGEND, at.x(), at.y(), at.h(), at.v()));
    }

    for (int i = 0; i < boxes.size(); i++) {
      assertThat(plot.contains(boxes.get(i))).isTrue();
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels " + i + " and " + j).isFalse();
      }
    }
  }

  @Test
  void aLonePointIsLabelledToItsRightWithoutLeader() {
    Point2D point = new Point2D.Double(100, 100);
    LabelPlacer placer =
        new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 200), Theme.LEGEND, List.of(point));

    LabelPlacer.Placement at = placer.place("Humans", point);

    assertThat(at.x()).isGreaterThan(100);
    assertThat(at.h()).isEqualTo(Text.Align.START);
    assertThat(at.leader()).isFalse();
  }
}
