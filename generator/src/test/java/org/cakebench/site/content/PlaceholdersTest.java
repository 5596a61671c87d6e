package org.cakebench.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private final Placeholders placeholders =
      new Placeholders(
          name ->
              Optional.ofNullable(
                  Map.of(
                          "texture.simclr_resnet50x1", "61.2%",
                          "name.x", "<b>x_y</b>",
                          "models.paper_with_decisions", "ResNet-50 and SimCLR-x1")
                      .get(name)));
  private final Path file = Path.of("content/x.md");

  @Test
  void replacesNamesWithTheirValues() {
    assertThat(placeholders.resolve("SimCLR: {{ texture.simclr_resnet50x1 }} texture", file))
        .isEqualTo("SimCLR: 61.2% texture");
    assertThat(placeholders.resolve("{{models.paper_with_decisions}}.", file))
        .isEqualTo("ResNet-50 and SimCLR-x1.");
  }

  @Test
  void escapesValuesSoMarkdownShowsThemAsText() {
    String resolved = placeholders.resolve("{{ name.x }}", file);
    assertThat(new Markdown().toHtml(resolved)).contains("&lt;b&gt;x_y&lt;/b&gt;");
  }

  @Test
  void unknownNameFailsWithFileAndLine() {
    assertThatThrownBy(() -> placeholders.resolve("a\nb\nthe {{ texture.nobody }} value", file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("content/x.md:3: unknown placeholder {{ texture.nobody }}");
  }

  @Test
  void malformedPlaceholderFailsWithFileAndLine() {
    assertThatThrownBy(() -> placeholders.resolve("ok\n{{ two words }}", file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("content/x.md:2: malformed placeholder");
  }

  @Test
  void backslashLeavesBracesAsText() {
    String resolved = placeholders.resolve("write \\{{ name }} literally", file);
    assertThat(resolved).isEqualTo("write \\{{ name }} literally");
    assertThat(new Markdown().toHtml(resolved)).contains("write {{ name }} literally");
  }
}
