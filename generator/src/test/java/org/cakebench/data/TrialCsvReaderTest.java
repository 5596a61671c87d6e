package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialCsvReaderTest {
  @TempDir Path dir;

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("colour_subject-01_session_1.csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
    // Spreadsheet programs write one at the start of a UTF-8 export.
    Path file =
        csv(
            "\uFEFFsubj,session,trial,rt,object_response,category,condition,imagename\n"
                + "subject-01,1,1,0.79,oven,oven,cr,0001_cl_s01_cr_oven_40_n04111531_14126.png\n");
    assertThat(TrialCsvReader.read(file)).hasSize(1);
  }

  @Test
  void aBadRowEndsTheReadingBeforeAnythingAfterItIsRead() throws IOException {
    // Had the reader gone on, the unclosed quote on the last line would be the error reported.
    StringBuilder text =
        new StringBuilder("subj,session,trial,rt,object_response,category,condition,imagename\n");
    text.append("subject-01,1,1,0.79,oven,oven,cr,0001_a_oven_1.png\n");
    text.append("subject-01,1,2,0.79,zebra,oven,cr,0002_a_oven_2.png\n");
    for (int i = 3; i < 50_000; i++) {
      text.append("subject-01,1,").append(i).append(",0.5,oven,oven,cr,x_oven_").append(i);
      text.append(".png\n");
    }
    text.append("subject-01,1,0,0.5,\"oven,oven,cr,never.png\n");
    Path file = csv(text.toString());
    List<Long> seen = new java.util.ArrayList<>();
    assertThatThrownBy(() -> TrialCsvReader.forEach(file, (t, line, synthetic) -> seen.add(line)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":3")
        .hasMessageContaining("unknown object_response 'zebra'");
    assertThat(seen).containsExactly(2L);
  }

  @Test
  void readsHumanFileWithCapitalisedSessionHeader() throws IOException {
    Path file =
        csv(
            """
            subj,Session,trial,rt,object_response,category,condition,imagename
            subject-01,1,1,0.79,oven,oven,cr,0001_cl_s01_cr_oven_40_n04111531_14126.png
            subject-01,1,2,0.65,na,bear,bw,0002_cl_s01_bw_bear_40_n02134084_5274.png
            """);
    List<Trial> trials = TrialCsvReader.read(file);
    assertThat(trials).hasSize(2);
    Trial first = trials.get(0);
    assertThat(first.observer()).isEqualTo("subject-01");
    assertThat(first.response()).isEqualTo(Category.OVEN);
    assertThat(first.correct()).isTrue();
    assertThat(first.imageId()).isEqualTo("n04111531_14126.png");
    assertThat(trials.get(1).response()).isNull();
    assertThat(trials.get(1).responseLabel()).isEqualTo("na");
    assertThat(trials.get(1).correct()).isFalse();
  }

  @Test
  void acceptsColumnsInAnyOrderAndCase() throws IOException {
    Path file =
        csv(
            """
            IMAGENAME,Category,Object_Response,SUBJ,rt,trial,session,condition
            airplane1-bicycle2.png,airplane,bicycle,resnet50,NaN,1,1,NaN
            """);
    Trial t = TrialCsvReader.read(file).get(0);
    assertThat(t.observer()).isEqualTo("resnet50");
    assertThat(t.category()).isEqualTo(Category.AIRPLANE);
    assertThat(t.response()).isEqualTo(Category.BICYCLE);
    assertThat(t.rt()).isNaN();
  }

  @Test
  void numbersAreReadAsWrittenAndAMissingReactionTimeIsNaN() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            s,3,17,0.79,oven,oven,0,a.png
            s,3,18,,oven,oven,0,b.png
            s,3,19,NAN,oven,oven,0,c.png
            """);
    List<Trial> trials = TrialCsvReader.read(file);
    assertThat(trials.get(0).session()).isEqualTo(3);
    assertThat(trials.get(0).trial()).isEqualTo(17);
    assertThat(trials.get(0).rt()).isEqualTo(0.79);
    assertThat(trials.get(1).rt()).isNaN();
    assertThat(trials.get(2).rt()).isNaN();
  }

  @Test
  void numbersThatAreNotAreNamedWithTheirColumn() throws IOException {
    String header = "subj,session,trial,rt,object_response,category,condition,imagename\n";
    Path session = csv(header + "s,one,1,0.5,oven,oven,0,a.png\n");
    assertThatThrownBy(() -> TrialCsvReader.read(session))
        .hasMessageContaining(session + ":2:")
        .hasMessageContaining("session is not a whole number: 'one'");
    Path trial = csv(header + "s,1,1.5,0.5,oven,oven,0,a.png\n");
    assertThatThrownBy(() -> TrialCsvReader.read(trial))
        .hasMessageContaining("trial is not a whole number: '1.5'");
    Path rt = csv(header + "s,1,1,slow,oven,oven,0,a.png\n");
    assertThatThrownBy(() -> TrialCsvReader.read(rt))
        .hasMessageContaining("rt is not a number: 'slow'");
    Path image = csv(header + "s,1,1,0.5,oven,oven,0, \n");
    assertThatThrownBy(() -> TrialCsvReader.read(image)).hasMessageContaining("empty imagename");
  }

  @Test
  void missingColumnIsNamedWithFileAndLine() throws IOException {
    Path file =
        csv("subj,session,trial,rt,object_response,category,imagename\nx,1,1,1,oven,oven,a.png\n");
    assertThatThrownBy(() -> TrialCsvReader.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(file + ":1:")
        .hasMessageContaining("missing column 'condition'");
  }

  @Test
  void wrongFieldCountNamesTheLine() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            s,1,1,1,oven,oven,0,a.png
            s,1,2,1,oven,oven,b.png
            """);
    assertThatThrownBy(() -> TrialCsvReader.read(file))
        .hasMessageContaining(file + ":3:")
        .hasMessageContaining("expected 8 fields");
  }

  @Test
  void unknownCategoryIsRejected() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            s,1,1,1,oven,zebra,0,a.png
            """);
    assertThatThrownBy(() -> TrialCsvReader.read(file))
        .hasMessageContaining(file + ":2:")
        .hasMessageEndingWith("unknown category 'zebra': not one of the 16 categories");
  }

  @Test
  void unknownResponseIsRejected() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            s,1,1,1,giraffe,oven,0,a.png
            """);
    assertThatThrownBy(() -> TrialCsvReader.read(file))
        .hasMessageEndingWith(
            "unknown object_response 'giraffe': not one of the 16 categories or 'na'");
  }

  @Test
  void emptyFileAndHeaderOnlyFileAreErrors() throws IOException {
    Path empty = csv("");
    // both name line 1, where the header is or should be
    assertThatThrownBy(() -> TrialCsvReader.read(empty)).hasMessageContaining(":1: empty file");
    Path headerOnly = csv("subj,session,trial,rt,object_response,category,condition,imagename\n");
    assertThatThrownBy(() -> TrialCsvReader.read(headerOnly))
        .hasMessageContaining(":1: empty file: a header but no trials");
  }

  @Test
  void sameImageTwiceForOneObserverIsAnError() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            s,1,1,1,oven,oven,0,0001_x_oven1-bear2.png
            s,1,2,1,oven,oven,0,0002_y_oven1-bear2.png
            """);
    assertThatThrownBy(() -> TrialCsvReader.read(file))
        .hasMessageContaining(file + ":3:")
        .hasMessageContaining("appears twice")
        .hasMessageContaining("first on line 2");
  }

  @Test
  void writerOutputReadsBackToTheSameTrials() throws IOException {
    Path file =
        csv(
            """
            subj,session,trial,rt,object_response,category,condition,imagename
            subject-01,1,1,0.5,na,oven,c05,0001_cop_s01_c05_oven_10_n04111531_1.png
            subject-01,1,2,NaN,cat,bear,c05,0002_cop_s01_c05_bear_10_n02134084_2.png
            """);
    List<Trial> trials = TrialCsvReader.read(file);
    Path copy = dir.resolve("copy.csv");
    TrialCsvWriter.write(copy, trials);
    assertThat(TrialCsvReader.read(copy)).isEqualTo(trials);
  }

  @Test
  void fileNamesFollowModelVsHumanWithHyphenatedObserver() {
    assertThat(TrialCsvWriter.fileName("edge", "simclr_resnet50x1", 1))
        .isEqualTo("edge_simclr-resnet50x1_session-1.csv");
  }
}
