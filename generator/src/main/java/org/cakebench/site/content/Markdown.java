package org.cakebench.site.content;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: flexmark with tables, footnotes and heading ids, then jsoup's {@link
 * Safelist} so that raw HTML in the Markdown can add only harmless markup (no scripts, styles,
 * event handlers or foreign protocols). Build one per site; it is thread-safe.
 */
public final class Markdown {
  // Relative links are kept; the base URI only serves to validate them.
  private static final String BASE = "https://cakebench.invalid/";

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Safelist safelist;

  /** A Markdown renderer with the report's extensions. */
  public Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
    options.set(TablesExtension.WITH_CAPTION, true);
    options.set(TablesExtension.CLASS_NAME, "data");
    options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
    this.safelist =
        Safelist.relaxed()
            .preserveRelativeLinks(true)
            .addTags("figure", "figcaption", "var", "abbr", "kbd", "details", "summary", "hr")
            .addAttributes(":all", "id", "class")
            .addAttributes("abbr", "title")
            .addAttributes("th", "scope")
            .addProtocols("a", "href", "#");
  }

  /** The safe HTML of {@code markdown}. */
  public String toHtml(String markdown) {
    String html = renderer.render(parser.parse(markdown));
    String clean = Jsoup.clean(html, BASE, safelist);
    return clean.contains("footnote-backref") ? joinBackLinks(clean) : clean;
  }

  /**
   * Puts each footnote's "back to the text" link at the end of its last paragraph, where a reader
   * expects it, rather than alone on a line of its own.
   */
  private static String joinBackLinks(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (Element back : doc.select("a.footnote-backref")) {
      back.attr("aria-label", "Back to the text");
      Element paragraph = back.previousElementSibling();
      if (paragraph != null && paragraph.normalName().equals("p")) {
        paragraph.appendText(" ");
        paragraph.appendChild(back);
      }
    }
    return doc.body().html();
  }
}
