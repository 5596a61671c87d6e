package org.cakebench.site.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ContentDigest;
import org.cakebench.data.fetch.ManifestEntry;
import org.cakebench.figures.FigureFile;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.report.claims.ClaimResult;

/**
 * The report to take away: every table of the pages as CSV ({@code tables/<page>/<table>.csv}), the
 * claims table as CSV, a companion {@code downloads/provenance.json} that gives the build's
 * provenance and the size, SHA-256 and upstream source of every file offered for download (CSV
 * files carry no header of their own, so that readers of the model-vs-human layout still read
 * them), and one zip archive with every figure, table and number. The archive is byte-reproducible:
 * entries in name order, each with the same fixed time.
 */
public final class ReportArchive {
  /** The archive's path in the site. */
  public static final String ZIP = Downloads.FOLDER + "/cakebench-report.zip";

  /** The companion that gives the provenance of every download. */
  public static final String PROVENANCE = Downloads.FOLDER + "/provenance.json";

  /** The claims table as CSV. */
  public static final String CLAIMS_CSV = Downloads.FOLDER + "/claims.csv";

  /** The folder of the tables' CSV files. */
  public static final String TABLES = "tables";

  /** The folder every entry of the archive sits in. */
  static final String ROOT = "cakebench-report/";

  /** The time every entry of the archive carries, so that two builds give the same bytes. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private ReportArchive() {}

  /**
   * A table of a page as CSV rows.
   *
   * @param path its path under {@link #TABLES}, e.g. {@code leaderboard/leaderboard.csv}
   * @param rows the heading row and the rows
   */
  public record Table(String path, List<List<String>> rows) {}

  /**
   * What was written.
   *
   * @param files the files written, as paths in the site: as {@link #paths} gives them
   */
  public record Written(List<String> files) {
    public Written {
      files = List.copyOf(files);
    }
  }

  /**
   * The files {@link #write} writes, as paths in the site, for tables at {@code tablePaths} (as
   * {@link Table#path}): the tables' CSV files, the claims CSV, the provenance companion and the
   * archive.
   */
  public static List<String> paths(List<String> tablePaths) {
    // The tables first, in their order: write takes each table's path from here.
    List<String> paths = new ArrayList<>();
    tablePaths.forEach(t -> paths.add(TABLES + "/" + t));
    paths.addAll(List.of(CLAIMS_CSV, PROVENANCE, ZIP));
    return paths;
  }

  /** Writes the tables, the claims CSV, the provenance companion and the archive. */
  public static Written write(Report report, Downloads downloads, List<Table> tables, Path outDir) {
    List<String> written = paths(tables.stream().map(Table::path).toList());
    TreeMap<String, Path> archived = new TreeMap<>();
    for (int i = 0; i < tables.size(); i++) {
      String path = written.get(i);
      AtomicFiles.writeString(outDir.resolve(path), csv(tables.get(i).rows()));
      archived.put(path, outDir.resolve(path));
    }
    AtomicFiles.writeString(outDir.resolve(CLAIMS_CSV), claimsCsv(report.claims()));
    archived.put(CLAIMS_CSV, outDir.resolve(CLAIMS_CSV));
    for (DownloadFile f : downloads.json()) {
      archived.put(f.path(), outDir.resolve(f.path()));
    }
    if (Files.isRegularFile(outDir.resolve(Downloads.OBSERVERS))) {
      archived.put(Downloads.OBSERVERS, outDir.resolve(Downloads.OBSERVERS));
    }
    for (FigureFile f : report.figures()) {
      for (String path : List.of(f.svg(), f.png(), f.csv())) {
        archived.put(path, outDir.resolve(path));
      }
    }
    writeJson(outDir.resolve(PROVENANCE), provenance(report.build(), downloads, archived));
    archived.put(PROVENANCE, outDir.resolve(PROVENANCE));
    AtomicFiles.write(outDir.resolve(ZIP), out -> zip(out, readme(report.build()), archived));
    return new Written(written);
  }

  /** A file offered for download: its size and content hash. */
  private record Offered(long bytes, String sha256) {}

  /**
   * The provenance companion of the files written ({@code written}, path to file) and of the
   * decision files, which are described by their sources: they may still be on their way.
   */
  private static ObjectNode provenance(
      BuildInfo build, Downloads downloads, TreeMap<String, Path> written) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("provenance", Provenance.of(build, MAPPER));
    root.put(
        "note",
        "Every file offered for download, with its size and SHA-256. CSV files carry no header of"
            + " their own; a model's decision file that is byte for byte the data's names the"
            + " pinned URL it came from.");
    Map<String, Offered> offered = new TreeMap<>();
    offered.putAll(
        written.entrySet().parallelStream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        new Offered(
                            Downloads.size(e.getValue()), ContentDigest.sha256(e.getValue())))));
    Map<String, ManifestEntry> fromData = new HashMap<>();
    for (DownloadFile d : downloads.decisions()) {
      offered.put(d.path(), new Offered(d.bytes(), d.sha256()));
      String name = d.path().substring(d.path().lastIndexOf('/') + 1);
      ManifestEntry e = build.manifest().get("raw-data/" + d.dataset() + "/" + name);
      if (e != null) {
        fromData.put(d.path(), e);
      }
    }
    ArrayNode list = root.putArray("files");
    offered.forEach(
        (path, file) -> {
          ObjectNode n = list.addObject();
          n.put("path", path);
          n.put("bytes", file.bytes());
          n.put("sha256", file.sha256());
          ManifestEntry e = fromData.get(path);
          if (e != null && e.sha256().equals(file.sha256())) {
            n.put("upstream", e.upstream());
          } else if (e != null) {
            n.put(
                "note",
                "differs from the file of the same name in the data manifest (" + e.sha256() + ")");
          }
        });
    return root;
  }

  private static String readme(BuildInfo build) {
    StringBuilder text = new StringBuilder();
    text.append("cakebench report: every figure, table and number\n\n")
        .append("A reproduction from data of Geirhos et al. (2020), On the surprising similarities")
        .append(" between supervised and self-supervised models, ")
        .append(BuildInfo.PAPER_URL)
        .append("\n\n")
        .append("Built by cakebench ")
        .append(build.version())
        .append(" on ")
        .append(build.date())
        .append(".\n");
    for (BuildInfo.Source s : build.sources()) {
      text.append("Data: ").append(s.url()).append(" at ");
      text.append(String.join(", ", s.commits().stream().map(BuildInfo.Commit::sha).toList()));
      text.append('\n');
    }
    if (!build.manifestSha256().isEmpty()) {
      text.append("Data manifest SHA-256: ").append(build.manifestSha256()).append('\n');
    }
    text.append("Data obtained: ")
        .append(build.dataSource())
        .append("\n\n")
        .append(
            "figures/            each figure as SVG and PNG, with the numbers it plots as CSV\n")
        .append("tables/<page>/      every table of the report's pages as CSV; shares as")
        .append(" fractions in [0, 1],\n")
        .append("                    95% intervals in the columns after their value\n")
        .append("downloads/*.json    the analyses, benchmark scores, confusion matrices and")
        .append(" claims, each with its provenance\n")
        .append("downloads/claims.csv  the paper's claims, the reproduced values and the")
        .append(" verdicts\n")
        .append(
            "downloads/observers.yaml  the catalogue of observers (names, groups, provenance)\n")
        .append("downloads/provenance.json  size and SHA-256 of every file\n\n")
        .append("The models' decision files are not included; they are on the site's Downloads")
        .append(" page and in the data.\n");
    return text.toString();
  }

  private static void zip(OutputStream out, String readme, TreeMap<String, Path> files)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      // The fastest level: at 100 models it packs the 60 MB of text in a quarter of the default
      // level's time, into an archive a third larger (10 MB instead of 7.4).
      zip.setLevel(Deflater.BEST_SPEED);
      entry(zip, "README.txt", readme.getBytes(StandardCharsets.UTF_8));
      for (var e : files.entrySet()) {
        entry(zip, e.getKey(), Files.readAllBytes(e.getValue()));
      }
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(ROOT + name);
    entry.setTimeLocal(ENTRY_TIME);
    if (name.endsWith(".png")) {
      // Already deflated: stored as it is, which saves compressing it a second time for nothing.
      CRC32 crc = new CRC32();
      crc.update(bytes);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(bytes.length);
      entry.setCompressedSize(bytes.length);
      entry.setCrc(crc.getValue());
    }
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static String csv(List<List<String>> rows) {
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSV)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String claimsCsv(List<ClaimResult> claims) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "id",
            "section",
            "where",
            "statement",
            "paper",
            "reproduced",
            "verdict",
            "rule",
            "observers used",
            "models with decisions",
            "models spoken of"));
    for (ClaimResult c : claims) {
      boolean models = c.coverage().aboutModels();
      rows.add(
          List.of(
              c.id(),
              c.text().section().key(),
              c.text().where(),
              c.text().statement(),
              c.text().paperValue(),
              c.outcome().reproduced(),
              c.verdict().label(),
              c.text().rule(),
              String.join("; ", c.outcome().basis()),
              models ? Integer.toString(c.coverage().present()) : "",
              models ? Integer.toString(c.coverage().total()) : ""));
    }
    return csv(rows);
  }

  private static void writeJson(Path file, Object tree) {
    AtomicFiles.write(file, out -> MAPPER.writeValue(out, tree));
  }
}
