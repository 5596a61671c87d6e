package org.cakebench.site.report;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.analysis.*;
import org.cakebench.data.*;
import org.cakebench.site.SiteFixture;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() {
    Path raw = SiteFixture.sharedData().resolve("raw-data");
    long t = System.nanoTime();
    var m = KappaBootstrap.textureShape(raw, List.of("resnet50", "simclr_resnet50x1"));
    System.out.println("took ms " + (System.nanoTime() - t) / 1e6);
    m.values().forEach(k -> System.out.println(k + " marginal=" + k.marginal()));
    var data = new RawDataReader(w -> {}).read(raw);
    var results = Analyses.run(data, w -> {});
    var catalog =
        ObserverCatalog.load(
            SiteFixture.PROJECT.resolve("content/observers.yaml"), SiteFixture.PROJECT);
    var report = new ReportData(results, catalog);
    for (String d : ReportData.TEXTURE_SHAPE) {
      var hs = report.humans(d);
      double sum = 0;
      int n = 0;
      java.util.List<Double> all = new java.util.ArrayList<>();
      for (int i = 0; i < hs.size(); i++)
        for (int j = i + 1; j < hs.size(); j++) {
          double k = report.pairKappa(hs.get(i), hs.get(j), d);
          all.add(k);
        }
      System.out.println(
          d
              + " humans="
              + hs.size()
              + " pairs="
              + all.size()
              + " kappa="
              + report.humanKappa("humans", d)
              + " r50="
              + report.humanKappa("resnet50", d)
              + " simclr="
              + report.humanKappa("simclr_resnet50x1", d)
              + " pairsMean="
              + all.stream().mapToDouble(x -> x).average().getAsDouble()
              + " images="
              + report.trials("resnet50", d));
      System.out.println("  pairs " + all);
    }
    for (String c : report.conditions("uniform-noise")) {
      for (String o : List.of("humans", "resnet50", "simclr_resnet50x1")) {
        var dom = report.confusion(o, "uniform-noise", c).map(DominantResponse::of).orElse(null);
        System.out.println(
            "uniform "
                + c
                + " "
                + o
                + " "
                + (dom == null ? "-" : dom.label() + " " + dom.share())
                + " acc="
                + report.accuracy(o, "uniform-noise", c));
      }
    }
    for (String c : report.conditions("contrast")) {
      System.out.println(
          "contrast "
              + c
              + " h="
              + report.accuracy("humans", "contrast", c)
              + " simclr="
              + report.accuracy("simclr_resnet50x1", "contrast", c)
              + " r50="
              + report.accuracy("resnet50", "contrast", c));
    }
    for (String c : report.conditions("low-pass")) {
      System.out.println("lowpass " + c + " h=" + report.accuracy("humans", "low-pass", c));
    }
    System.out.println("sketch images " + report.trials("resnet50", "sketch"));
    results
        .benchmark()
        .forEach((k, v) -> System.out.println(k + " missing=" + v.missingDatasets()));
  }
}
