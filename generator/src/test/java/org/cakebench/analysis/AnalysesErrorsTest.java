package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cakebench.data.RawDataReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad data found while analysing is reported with the files it came from. */
class AnalysesErrorsTest {
  private static final String HEADER =
      "subj,session,trial,rt,object_response,category,condition,imagename\n";
  @TempDir Path dir;

  private Path write(String relative, String body) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, HEADER + body);
    return file;
  }

  @Test
  void aCueConflictImageWithoutTextureNamesItsFile() throws IOException {
    Path model =
        write("cue-conflict/cue-conflict_m_session-1.csv", "m,1,1,NaN,cat,cat,0,cat1-zebra2.png\n");
    var data = new RawDataReader(w -> {}).read(dir);
    assertThatThrownBy(() -> Analyses.run(data, w -> {}))
        .hasMessageContaining(model.toString())
        .hasMessageContaining("cat1-zebra2.png");
  }
}
