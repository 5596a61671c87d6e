package org.cakebench.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.ObserverProfile;
import org.cakebench.site.pages.Links;
import org.junit.jupiter.api.Test;

/** Figures link the same model pages the site writes. */
class ModelPageLinkTest {
  @Test
  void everyCatalogueModelAndOddIdsGetTheSitesPageName() {
    List<String> ids = new ArrayList<>();
    Fixture.CATALOG.models().stream().map(ObserverProfile::id).forEach(ids::add);
    ids.addAll(List.of("My Model (v2)", "simclr_resnet50x1", "Ünïcode/ïd", "", "a..b", "-x-"));

    assertThat(ids).allSatisfy(id -> assertThat(ModelPageLink.page(id)).isEqualTo(Links.model(id)));
  }

  @Test
  void fromAFigureThePageIsOneFolderUp() {
    assertThat(ModelPageLink.fromFigure("resnet50")).isEqualTo("../model-resnet50.html");
  }
}
