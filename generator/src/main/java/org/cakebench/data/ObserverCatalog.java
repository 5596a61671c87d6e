package org.cakebench.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The observers of the report, read from {@code content/observers.yaml}: display names, groups,
 * styles and model files. Observers the file does not list get a profile too: {@code subject-*} as
 * humans, anything else as "other".
 */
public final class ObserverCatalog {
  private static final Pattern ALIAS = Pattern.compile(":\\s*[&*][A-Za-z_]");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final Map<String, ObserverProfile> listed;
  private final Map<ObserverGroup, Style> styles;
  private final Path projectRoot;
  private final Input defaults;

  private ObserverCatalog(
      Map<String, ObserverProfile> listed,
      Map<ObserverGroup, Style> styles,
      Path projectRoot,
      Input defaults) {
    this.listed = listed;
    this.styles = styles;
    this.projectRoot = projectRoot;
    this.defaults = defaults;
  }

  /** Reads {@code file}; relative model paths resolve against {@code projectRoot}. */
  public static ObserverCatalog load(Path file, Path projectRoot) {
    rejectAliases(file);
    File parsed = YamlFiles.read(file, File.class);
    if (parsed == null || parsed.observers == null) {
      throw new InvalidInputException(file, "no 'observers' list");
    }
    Map<ObserverGroup, Style> styles = new LinkedHashMap<>();
    for (ObserverGroup g : ObserverGroup.values()) {
      Style s = parsed.groups == null ? null : parsed.groups.get(g.key());
      if (s == null) {
        throw new InvalidInputException(file, "groups: missing style for '" + g.key() + "'");
      }
      check(file, "groups." + g.key(), s.colour, s.marker);
      styles.put(g, s);
    }
    Input defaults =
        parsed.modelDefaults == null
            ? new Input(null, 224, List.of(0.485f, 0.456f, 0.406f), List.of(0.229f, 0.224f, 0.225f))
            : parsed.modelDefaults;
    ObserverCatalog catalog =
        new ObserverCatalog(new LinkedHashMap<>(), styles, projectRoot, defaults);
    for (Entry e : parsed.observers) {
      if (e.id == null || e.id.isBlank()) {
        throw new InvalidInputException(file, "an observer without 'id'");
      }
      if (catalog.listed.containsKey(e.id)) {
        throw new InvalidInputException(file, "observer '" + e.id + "' is listed twice");
      }
      ObserverGroup group =
          ObserverGroup.fromKey(e.group == null ? "" : e.group)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          file,
                          e.id
                              + ": group must be human, supervised, self-supervised or other, not '"
                              + e.group
                              + "'"));
      check(file, e.id, e.colour, e.marker);
      Style style = styles.get(group);
      catalog.listed.put(
          e.id,
          new ObserverProfile(
              e.id,
              e.name == null ? e.id : e.name,
              group,
              e.family == null ? "" : e.family,
              e.paper,
              e.provenance == null ? "" : e.provenance,
              e.colour == null ? style.colour : e.colour,
              marker(e.marker == null ? style.marker : e.marker),
              true,
              group == ObserverGroup.HUMAN ? null : catalog.input(e.id, e.model)));
    }
    return catalog;
  }

  /**
   * Jackson's YAML reader turns an alias of a scalar ({@code provenance: *tv}) into the alias's
   * name, silently; refuse anchors and aliases so the text is always written out.
   */
  private static void rejectAliases(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (ALIAS.matcher(lines.get(i)).find()) {
          throw new InvalidInputException(
              file,
              i + 1,
              "YAML anchors and aliases (&name, *name) are not supported; write the value out");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The profile of {@code id}: as listed, or derived for observers only found in the data. */
  public ObserverProfile profile(String id) {
    ObserverProfile p = listed.get(id);
    if (p != null) {
      return p;
    }
    boolean human = Observers.isHuman(id);
    ObserverGroup group = human ? ObserverGroup.HUMAN : ObserverGroup.OTHER;
    Style style = styles.get(group);
    String name = human ? "Subject " + id.substring("subject-".length()) : id;
    return new ObserverProfile(
        id,
        name,
        group,
        human ? "Human observers" : "",
        false,
        "",
        style.colour,
        marker(style.marker),
        false,
        human ? null : input(id, null));
  }

  /** The observers the file lists, in file order. */
  public List<ObserverProfile> listed() {
    return List.copyOf(listed.values());
  }

  /** Whether the file lists {@code id}. */
  public boolean isListed(String id) {
    return listed.containsKey(id);
  }

  /** The listed models (not humans). */
  public List<ObserverProfile> models() {
    List<ObserverProfile> models = new ArrayList<>();
    listed.values().stream().filter(p -> p.group() != ObserverGroup.HUMAN).forEach(models::add);
    return models;
  }

  private ModelInput input(String id, @Nullable Input override) {
    String file =
        override != null && override.file != null ? override.file : "models/" + id + ".pt";
    int size =
        override != null && override.inputSize != null ? override.inputSize : defaults.inputSize;
    List<Float> mean = override != null && override.mean != null ? override.mean : defaults.mean;
    List<Float> std = override != null && override.std != null ? override.std : defaults.std;
    return new ModelInput(projectRoot.resolve(file).normalize(), size, mean, std);
  }

  private static void check(
      Path file, String where, @Nullable String colour, @Nullable String marker) {
    if (colour != null && !COLOUR.matcher(colour).matches()) {
      throw new InvalidInputException(
          file, where + ": colour must look like #a51e37, not '" + colour + "'");
    }
    if (marker != null) {
      try {
        marker(marker);
      } catch (IllegalArgumentException ex) {
        throw new InvalidInputException(
            file,
            where + ": marker must be diamond, circle, triangle or square, not '" + marker + "'");
      }
    }
  }

  private static Marker marker(String name) {
    return Marker.valueOf(name.toUpperCase(Locale.ROOT));
  }

  // YAML shapes; Jackson fills them and reports unknown keys with their line.
  private static final class File {
    public @Nullable Map<String, Style> groups;

    @JsonProperty("model_defaults")
    public @Nullable Input modelDefaults;

    public @Nullable List<Entry> observers;
  }

  private static final class Style {
    public String colour = "#000000";
    public String marker = "circle";
  }

  private static final class Entry {
    public @Nullable String id;
    public @Nullable String name;
    public @Nullable String group;
    public @Nullable String family;
    public boolean paper;
    public @Nullable String provenance;
    public @Nullable String colour;
    public @Nullable String marker;
    public @Nullable Input model;
  }

  private static final class Input {
    public @Nullable String file;

    @JsonProperty("input_size")
    public @Nullable Integer inputSize;

    public @Nullable List<Float> mean;
    public @Nullable List<Float> std;

    Input() {}

    Input(@Nullable String file, Integer inputSize, List<Float> mean, List<Float> std) {
      this.file = file;
      this.inputSize = inputSize;
      this.mean = mean;
      this.std = std;
    }
  }
}
