package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of parsed trial files that spares the next build parsing unchanged CSV files. */
class TrialFileCacheTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private Path write(String relative, String body) throws IOException {
    return TrialFiles.write(dir, relative, body);
  }

  private Path record() {
    return dir.resolve(TrialFileCache.PREFIX + "edge.bin");
  }

  private DatasetTrials edge() {
    return new RawDataReader(warnings::add)
        .recordingParsedRows()
        .read(dir)
        .dataset(Datasets.EDGE)
        .orElseThrow();
  }

  private static List<String> summary(DatasetTrials d) {
    List<String> lines = new ArrayList<>();
    for (ObserverTrials o : d.observers()) {
      for (int i = 0; i < o.size(); i++) {
        lines.add(
            o.observer()
                + " "
                + d.images().id(i)
                + " "
                + d.images().condition(i)
                + " "
                + o.response(i)
                + " "
                + o.correct().contains(i)
                + " "
                + o.synthetic());
      }
    }
    return lines;
  }

  @Test
  void aSecondReadTakesUnchangedFilesFromTheRecordAndGivesTheSameTrials() throws IOException {
    write(
        "edge/edge_subject-01_session_1.csv",
        "subject-01,1,1,1,cat,cat,0,0001_e_cat1.png\n"
            + "subject-01,1,2,1,na,dog,0,0002_e_dog1.png\n");
    write(
        "edge/edge_resnet50_session-1.csv",
        "resnet50,1,1,NaN,cat,cat,0,cat1.png\n" + "resnet50,1,2,NaN,bear,dog,0,dog1.png\n");
    List<String> parsed = summary(edge());
    assertThat(record()).exists();
    FileTime written = Files.getLastModifiedTime(record());

    assertThat(summary(edge())).isEqualTo(parsed);
    assertThat(Files.getLastModifiedTime(record())).isEqualTo(written); // nothing new to record
    assertThat(parsed)
        .contains(
            "subject-01 dog1.png all null false false", "resnet50 cat1.png all CAT true false");
  }

  @Test
  void theRowsOfAnUnchangedFileComeFromTheRecordNotFromItsCsv() throws IOException {
    write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    edge();
    // The record's copy of the observer id (its length, then its bytes; the file's name holds it
    // too, but not after its length), changed in place: only a read of the record sees it.
    byte[] bytes = Files.readAllBytes(record());
    String text =
        new String(bytes, StandardCharsets.ISO_8859_1)
            .replace("\0\0\0\u0008resnet50", "\0\0\0\u0008resnet51");
    Files.write(record(), text.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(edge().observers()).extracting(ObserverTrials::observer).containsExactly("resnet51");
  }

  @Test
  void aFileChangedInAnyWayIsParsedAgain() throws IOException {
    Path file = write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    edge();
    // Same size, other content.
    Files.writeString(file, TrialFiles.HEADER + "resnet50,1,1,NaN,dog,cat,0,cat1.png\n");

    assertThat(summary(edge())).containsExactly("resnet50 cat1.png all DOG false false");
  }

  @Test
  void aFileThatIsGoneLeavesTheRecordAndANewOneJoinsIt() throws IOException {
    Path gone = write("edge/edge_alexnet_session-1.csv", "alexnet,1,1,NaN,cat,cat,0,cat1.png\n");
    write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    edge();
    Files.delete(gone);
    write("edge/edge_vgg16_session-1.csv", "vgg16,1,1,NaN,car,cat,0,cat1.png\n");

    assertThat(edge().observers())
        .extracting(ObserverTrials::observer)
        .containsExactly("resnet50", "vgg16");
    String record = new String(Files.readAllBytes(record()), StandardCharsets.ISO_8859_1);
    assertThat(record).contains("vgg16").doesNotContain("alexnet");
  }

  @Test
  void aDamagedOrForeignRecordIsIgnoredAndWrittenAnew() throws IOException {
    write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    edge();
    byte[] good = Files.readAllBytes(record());
    for (byte[] bad :
        List.of(
            "not a record".getBytes(StandardCharsets.US_ASCII),
            java.util.Arrays.copyOf(good, good.length - 3),
            java.util.Arrays.copyOf(good, good.length + 1))) {
      Files.write(record(), bad);
      assertThat(summary(edge())).containsExactly("resnet50 cat1.png all CAT true false");
      assertThat(Files.readAllBytes(record())).isEqualTo(good);
    }
  }

  @Test
  void errorsInARecordedFileStillNameItsFileAndLines() throws IOException {
    write(
        "edge/edge_m_session-1.csv",
        "m,1,1,NaN,cat,cat,0,cat1.png\nm,1,2,NaN,dog,cat,0,dog1.png\n");
    edge();
    write("edge/edge_m_session-2.csv", "m,2,1,NaN,cat,cat,0,bird1.png\n");
    // Recorded file first, then the new one repeating none of its images: fine.
    assertThat(edge().observers().get(0).size()).isEqualTo(3);
    write(
        "edge/edge_m_session-2.csv",
        "m,2,1,NaN,cat,cat,0,bird1.png\nm,2,2,NaN,cat,cat,0,dog1.png\n");
    assertThatThrownBy(this::edge)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("edge_m_session-2.csv:3")
        .hasMessageContaining("already in")
        .hasMessageContaining("edge_m_session-1.csv");
  }

  @Test
  void syntheticRehearsalFilesStayMarked() throws IOException {
    Path file = dir.resolve("edge/edge_m_session-1.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "subj,session,trial,rt,object_response,category,condition,imagename,synthetic\n"
            + "m,1,1,NaN,cat,cat,0,cat1.png,1\n");
    edge();
    assertThat(edge().observers().get(0).synthetic()).isTrue();
  }

  @Test
  void aReaderThatKeepsNoRecordLeavesTheFolderAsItIs() throws IOException {
    write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    new RawDataReader(warnings::add).read(dir);
    assertThat(record()).doesNotExist();
  }

  @Test
  void aFolderThatCannotBeWrittenIsStillRead() throws IOException {
    write("edge/edge_resnet50_session-1.csv", "resnet50,1,1,NaN,cat,cat,0,cat1.png\n");
    Files.createDirectories(record()); // a folder where the record would go: it cannot be written
    assertThat(summary(edge())).containsExactly("resnet50 cat1.png all CAT true false");
    assertThat(summary(edge())).containsExactly("resnet50 cat1.png all CAT true false");
  }
}
