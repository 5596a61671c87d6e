package org.cakebench.data;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes trials as a model-vs-human trial CSV, atomically, readable by {@link TrialCsvReader}. */
public final class TrialCsvWriter {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(TrialCsvReader.COLUMNS.toArray(String[]::new))
          .setRecordSeparator('\n')
          .get();

  private TrialCsvWriter() {}

  /** Writes {@code trials} to {@code file}, replacing it only once all rows are written. */
  public static void write(Path file, List<Trial> trials) {
    AtomicFiles.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(writer, FORMAT);
          for (Trial t : trials) {
            printer.printRecord(
                t.observer(),
                t.session(),
                t.trial(),
                Double.isNaN(t.rt()) ? "NaN" : Double.toString(t.rt()),
                t.responseLabel(),
                t.category().label(),
                t.condition(),
                t.imageName());
          }
          printer.flush();
        });
  }

  /**
   * The model-vs-human file name of one observer's session on a dataset; as there, underscores in
   * the observer id become hyphens ({@code simclr_resnet50x1} is stored as {@code
   * simclr-resnet50x1}) so that {@code _} only separates the name's parts.
   */
  public static String fileName(String dataset, String observer, int session) {
    return dataset + "_" + observer.replace('_', '-') + "_session-" + session + ".csv";
  }
}
