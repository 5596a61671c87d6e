package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.ShapeBias;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every marker, bar and cell of a figure can be asked what it is: its SVG carries a hotspot with
 * the observer, condition and value as a tooltip, linked to the model's page.
 */
class HotspotsTest {
  private static final AnalysisResults R = Fixture.STANDARD;

  static Stream<Figure> figures() {
    return Fixture.standardFigures().stream();
  }

  private static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // The SVG names the SVG 1.1 DTD; the tests never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  private static List<String> tooltips(Drawing drawing) {
    return drawing.hotspots().stream().map(Hotspot::tooltip).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void everyFiguresSvgParsesAndEndsWithOneShapePerHotspot(Figure figure) throws Exception {
    Drawing drawing = figure.chart();

    Document svg = parse(ImageEncoder.svg(drawing, figure.title(), figure.altText()));

    Element root = svg.getDocumentElement();
    Node last = root.getLastChild();
    while (last != null && last.getNodeType() != Node.ELEMENT_NODE) {
      last = last.getPreviousSibling();
    }
    assertThat(last).isInstanceOf(Element.class);
    Element layer = (Element) last;
    assertThat(layer.getAttribute("class")).isEqualTo("hotspots");
    NodeList titles = layer.getElementsByTagNameNS("*", "title");
    assertThat(titles.getLength()).isEqualTo(drawing.hotspots().size()).isPositive();
    NodeList links = layer.getElementsByTagNameNS("*", "a");
    for (int i = 0; i < links.getLength(); i++) {
      Element a = (Element) links.item(i);
      assertThat(a.getAttribute("href")).startsWith("../model-").endsWith(".html");
      assertThat(a.getAttribute("target")).isEqualTo("_top");
    }
  }

  @Test
  void everyMarkerOfAnAccuracyPlotNamesObserverConditionAndValue() {
    AccuracyPlot plot = new AccuracyPlot(R, Fixture.STYLES, Datasets.CONTRAST);
    DataTable t = plot.table();

    List<String> tooltips = tooltips(plot.chart());

    List<List<String>> drawn =
        t.rows().stream().filter(row -> !row.get(t.column("accuracy")).isEmpty()).toList();
    assertThat(tooltips).hasSameSizeAs(drawn);
    for (List<String> row : drawn) {
      double accuracy = Double.parseDouble(row.get(t.column("accuracy")));
      double low = Double.parseDouble(row.get(t.column("low")));
      double high = Double.parseDouble(row.get(t.column("high")));
      assertThat(tooltips)
          .contains(
              row.get(t.column("name"))
                  + ", contrast "
                  + row.get(t.column("label"))
                  + ": accuracy "
                  + Captions.percent(accuracy, 1)
                  + " (95 % interval "
                  + Captions.percent(low, 1)
                  + " to "
                  + Captions.percent(high, 1)
                  + ")");
    }
  }

  @Test
  void theGridOfFigureOneHasAHotspotForEveryMarkerOfEveryPanel() {
    AccuracyGrid grid =
        new AccuracyGrid(
            R,
            Fixture.STYLES,
            R.datasets().stream().filter(org.cakebench.data.Dataset::parametric).toList());
    DataTable t = grid.table();

    long markers = t.rows().stream().filter(r -> !r.get(t.column("accuracy")).isEmpty()).count();
    assertThat(grid.chart().hotspots()).hasSize((int) markers);
  }

  @Test
  void modelsLinkToTheirPageAndHumansLinkNowhere() {
    List<Hotspot> spots = new AccuracyPlot(R, Fixture.STYLES, Datasets.CONTRAST).chart().hotspots();

    assertThat(spots)
        .filteredOn(s -> s.tooltip().startsWith("Humans,"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.link()).isNull());
    assertThat(spots)
        .filteredOn(s -> s.tooltip().startsWith("ResNet-50,"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.link()).isEqualTo("../model-resnet50.html"));
  }

  @Test
  void everyShapeBiasMarkerAndMeanLineSaysItsShares() {
    ShapeBiasPlot plot = new ShapeBiasPlot(R, Fixture.STYLES);
    DataTable t = plot.table();

    List<String> tooltips = tooltips(plot.chart());

    List<List<String>> observers =
        t.rows().stream().filter(r -> !r.get(0).startsWith("mean-")).toList();
    List<List<String>> groups =
        t.rows().stream().filter(r -> r.get(0).startsWith("mean-")).toList();
    assertThat(groups).isNotEmpty();
    // A marker or mean line per observer's row, and a row of its own per group mean and the humans.
    assertThat(tooltips).hasSize(observers.size() + groups.size() + 1);
    for (List<String> row : groups) {
      assertThat(tooltips)
          .contains(
              row.get(t.column("name"))
                  + ": "
                  + Captions.percent(Double.parseDouble(row.get(t.column("shape_fraction"))), 1)
                  + " shape decisions (95 % interval "
                  + Captions.percent(Double.parseDouble(row.get(t.column("low"))), 1)
                  + " to "
                  + Captions.percent(Double.parseDouble(row.get(t.column("high"))), 1)
                  + ", from the spread between the models)");
    }
    Estimate humans = R.shapeBias(Observers.HUMANS).orElseThrow().biasInterval();
    assertThat(tooltips)
        .contains(
            "Humans, all categories: "
                + Captions.percent(humans.value(), 1)
                + " shape decisions (95 % interval "
                + Captions.percent(humans.low(), 1)
                + " to "
                + Captions.percent(humans.high(), 1)
                + ", between participants)");
    for (List<String> row : observers) {
      String category = row.get(t.column("category"));
      String where = category.equals("all") ? "all categories" : category + " shapes";
      double shape = Double.parseDouble(row.get(t.column("shape_fraction")));
      assertThat(tooltips)
          .contains(
              row.get(t.column("name"))
                  + ", "
                  + where
                  + ": "
                  + Captions.percent(shape, 1)
                  + " shape, "
                  + Captions.percent(1 - shape, 1)
                  + " texture decisions");
    }
  }

  @Test
  void theScatterNamesEachDotsAccuracyAndKappa() {
    ConsistencyAccuracyScatter scatter = new ConsistencyAccuracyScatter(R, Fixture.STYLES);
    DataTable t = scatter.table();

    List<String> tooltips = tooltips(scatter.chart());

    assertThat(tooltips).hasSize(t.rows().size());
    assertThat(tooltips)
        .anySatisfy(s -> assertThat(s).startsWith("ResNet-50: OOD accuracy 0."))
        .allSatisfy(s -> assertThat(s).contains("\u03ba with humans"));
  }

  @Test
  void everyCellOfAnErrorConsistencyMatrixNamesBothObserversAndKappa() {
    ErrorConsistencyMatrix matrix =
        new ErrorConsistencyMatrix(R, Fixture.STYLES, Datasets.CUE_CONFLICT);
    int n = matrix.table().rows().size();

    List<String> tooltips = tooltips(matrix.chart());

    // A cell per pair and a row label per observer.
    assertThat(tooltips).hasSize(n * n + n);
    assertThat(tooltips).contains("ResNet-50 \u00d7 ResNet-50: \u03ba 1 (itself)");
    assertThat(tooltips)
        .anySatisfy(s -> assertThat(s).startsWith("Subject 01 \u00d7 ResNet-50: \u03ba "));
  }

  @Test
  void shapeBiasTooltipsUseTheSharesOfTheAnalysis() {
    ShapeBias resnet = R.shapeBias("resnet50").orElseThrow().overall();
    String expected =
        "ResNet-50, all categories: " + Captions.percent(resnet.bias(), 1) + " shape, ";

    assertThat(tooltips(new ShapeBiasPlot(R, Fixture.STYLES).chart()))
        .anySatisfy(s -> assertThat(s).startsWith(expected));
    assertThat(R.shapeBias(Observers.HUMANS)).isPresent();
  }
}
