package org.cakebench.site.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cakebench.data.InvalidInputException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf engine over the project's {@code templates/} folder, built once per site. Each page
 * template sees {@code site} ({@link SiteView}), {@code page} ({@link PageModel}) and {@code view}
 * (the page's view record); text goes out escaped ({@code th:text}), only sanitised Markdown HTML
 * goes out raw.
 */
public final class Templates {
  private final TemplateEngine engine;
  private final Path folder;

  /** An engine reading {@code <folder>/<name>.html}. */
  public Templates(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new InvalidInputException(folder, "templates folder not found");
    }
    this.folder = folder;
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix(folder.toAbsolutePath() + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  /** Renders one page. Thread-safe. */
  public Page render(PageModel model, SiteView site) {
    if (!Files.isRegularFile(folder.resolve(model.template() + ".html"))) {
      throw new InvalidInputException(
          folder.resolve(model.template() + ".html"), "missing template for " + model.path());
    }
    Context context = new Context(Locale.ROOT);
    context.setVariable("site", site);
    context.setVariable("page", model);
    context.setVariable("view", model.view());
    return new Page(model.path(), model.title(), engine.process(model.template(), context));
  }
}
