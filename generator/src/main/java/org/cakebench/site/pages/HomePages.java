package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;
import org.cakebench.report.claims.ClaimResult;
import org.cakebench.report.claims.Verdict;

/** The home page and the pages of plain commentary (introduction, methods, adding a model). */
final class HomePages {
  private HomePages() {}

  static PageModel home(PageSources s) {
    ReportData report = s.data();
    List<ClaimResult> claims = s.report().claims();
    Views.VerdictCounts counts =
        new Views.VerdictCounts(
            count(claims, Verdict.HOLDS),
            count(claims, Verdict.CONSISTENT_SO_FAR),
            count(claims, Verdict.MARGINAL),
            count(claims, Verdict.DIFFERS),
            count(claims, Verdict.UNRESOLVED),
            count(claims, Verdict.NO_DATA),
            count(claims, Verdict.CONTEXT),
            claims.stream().filter(c -> c.verdict().checked()).count());
    List<Views.Fact> status = new ArrayList<>();
    status.add(
        new Views.Fact(
            "Paper models with decisions",
            report.paperModels().size()
                + " of "
                + report.paperCatalog().size()
                + ": "
                + Format.names(report.names(report.paperModels())),
            Links.MODELS));
    // Extras grouped by the datasets they cover: what they can and cannot be compared on.
    status.add(
        new Views.Fact(
            "Other models (outside the paper's comparison)",
            DatasetCoverage.summary(report, report.otherModels()),
            Links.MODELS + "#" + ModelPages.OTHER_MODELS));
    status.add(
        new Views.Fact(
            "Datasets with trials",
            report.datasets().stream().filter(d -> d.inPaper()).count()
                + " of the paper's "
                + DatasetPages.paperCount()
                + ", plus "
                + report.datasets().stream().filter(d -> !d.inPaper()).count()
                + " from the later benchmark (extension)",
            Links.DATASETS));
    List<Views.SectionCard> sections =
        Section.all().stream()
            .map(sec -> new Views.SectionCard(sec, s.report().claims(sec.part())))
            .toList();
    return new PageModel(
        Links.HOME,
        "Supervised and self-supervised models vs. humans",
        "home",
        "home",
        "A reproduction from data of Geirhos et al. (2020): supervised and self-supervised"
            + " models compared with human observers, claim by claim.",
        new Views.Home(s.content().require("home"), status, counts, sections, claims));
  }

  static PageModel text(
      PageSources s, String path, String content, String navKey, String fallback) {
    var doc = s.content().require(content);
    String title = doc.titleOr(fallback);
    return new PageModel(
        path, title, navKey, "text", title + " — cakebench report", new Views.Text(doc));
  }

  static PageModel references(PageSources s) {
    var doc = s.content().require("references");
    return new PageModel(
        Links.REFERENCES,
        doc.titleOr("References and citation"),
        "references",
        "references",
        "The works this report relies on, and how to cite the paper, the data and this report.",
        new Views.References(doc, Citation.bibtex(s.report().build())));
  }

  static PageModel section(PageSources s, Section section) {
    var doc = s.content().require(section.content());
    return new PageModel(
        section.path(),
        section.number() + " " + section.title(),
        section.key(),
        "section",
        section.finding(),
        new Views.SectionPage(
            section,
            doc,
            s.report().figures(section.part()),
            SectionTables.of(section.part(), s.data()),
            s.report().claims(section.part()),
            section.part() == org.cakebench.data.PaperSection.IMAGE
                ? ImageErrorViews.of(s.report().imageErrors(), s.data(), s.imageErrorFiles())
                : List.of()));
  }

  private static long count(List<ClaimResult> claims, Verdict v) {
    return claims.stream().filter(c -> c.verdict() == v).count();
  }
}
