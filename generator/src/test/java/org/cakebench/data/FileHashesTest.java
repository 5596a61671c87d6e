package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
  // SHA-256 of "abc" (FIPS 180-2, appendix B.1) and of "abd".
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String ABD =
      "a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9";

  @TempDir Path folder;

  private Path file(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    return file;
  }

  /** A build that hashes {@code file} and saves the record. */
  private String hashAndRecord(Path file) {
    FileHashes hashes = FileHashes.load(folder);
    String sha256 = hashes.sha256(file);
    hashes.save();
    return sha256;
  }

  private Path record() {
    return folder.resolve(FileHashes.FILE_NAME);
  }

  @Test
  void hashesAFileAndRecordsItsSizeAndCrc() throws IOException {
    Path abc = file("edge/abc.csv", "abc");
    FileHashes hashes = FileHashes.load(folder);
    assertThat(hashes.sha256(abc)).isEqualTo(ABC);
    assertThat(hashes.save()).isTrue();
    // CRC-32C of "abc" is 0x364b3fb7 (RFC 3720 polynomial).
    assertThat(Files.readString(record())).isEqualTo("edge/abc.csv\t3\t364b3fb7\t" + ABC + "\n");
  }

  @Test
  void anUnchangedFileIsTakenFromTheRecord() throws IOException {
    Path abc = file("abc.csv", "abc");
    hashAndRecord(abc);
    // A record naming another hash for the same size and CRC shows which one is used.
    Files.writeString(record(), Files.readString(record()).replace(ABC, "recorded"));
    assertThat(FileHashes.load(folder).sha256(abc)).isEqualTo("recorded");
  }

  @Test
  void aFileWhoseContentChangedIsHashedAgain() throws IOException {
    Path file = file("x.csv", "abc");
    hashAndRecord(file);
    Files.writeString(file, "abd"); // same size, another CRC
    assertThat(hashAndRecord(file)).isEqualTo(ABD);
    assertThat(Files.readString(record())).contains(ABD).doesNotContain(ABC);
  }

  @Test
  void aDamagedRecordCostsOnlyTime() throws IOException {
    Path abc = file("abc.csv", "abc");
    Files.writeString(record(), "abc.csv\tthree\tzz\t" + ABD + "\n");
    assertThat(FileHashes.load(folder).sha256(abc)).isEqualTo(ABC);
  }

  @Test
  void nothingIsWrittenWhenNothingWasHashedAnew() throws IOException {
    Path abc = file("abc.csv", "abc");
    hashAndRecord(abc);
    Files.delete(record());
    FileHashes unchanged = FileHashes.load(folder);
    assertThat(unchanged.save()).isTrue();
    assertThat(record()).doesNotExist();
  }

  @Test
  void filesOutsideTheFolderAreRecordedByTheirFullPath(@TempDir Path elsewhere) throws IOException {
    Path abc = elsewhere.resolve("abc.csv");
    Files.writeString(abc, "abc");
    FileHashes hashes = FileHashes.load(folder);
    assertThat(hashes.sha256(abc)).isEqualTo(ABC);
    hashes.save();
    assertThat(Files.readString(record())).startsWith(abc.toAbsolutePath() + "\t3\t");
  }

  @Test
  void aFolderThatCannotBeWrittenIsReported() throws IOException {
    Path abc = file("abc.csv", "abc");
    Files.createDirectory(record()); // the record's name is taken by a folder
    FileHashes hashes = FileHashes.load(folder);
    hashes.sha256(abc);
    assertThat(hashes.save()).isFalse();
  }

  @Test
  void decisionFilesGetTheirHashesInOrder() throws IOException {
    Path abc = file("edge/abc.csv", "abc");
    Path abd = file("edge/abd.csv", "abd");
    List<DecisionFile> files =
        List.of(
            new DecisionFile("m", Datasets.EDGE, abd), new DecisionFile("m", Datasets.EDGE, abc));
    assertThat(FileHashes.load(folder).hash(files))
        .extracting(DecisionFile::sha256)
        .containsExactly(ABD, ABC);
  }
}
