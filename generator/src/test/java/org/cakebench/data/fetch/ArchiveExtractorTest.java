package org.cakebench.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.cakebench.data.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ArchiveExtractorTest {
  @TempDir Path dir;

  /** Builds a .tar.gz in memory from entries added by {@code body}. */
  public static byte[] tarGz(Consumer<TarArchiveOutputStream> body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      body.accept(tar);
    }
    return bytes.toByteArray();
  }

  public static void file(TarArchiveOutputStream tar, String name, String content) {
    try {
      byte[] data = content.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry(name, true);
      entry.setSize(data.length);
      tar.putArchiveEntry(entry);
      tar.write(data);
      tar.closeArchiveEntry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void link(TarArchiveOutputStream tar, String name, String target, byte type) {
    try {
      TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
      entry.setLinkName(target);
      tar.putArchiveEntry(entry);
      tar.closeArchiveEntry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int extract(byte[] archive, Path target) {
    return new ArchiveExtractor("test.tar.gz", 1 << 20)
        .extractTarGz(new ByteArrayInputStream(archive), target);
  }

  @Test
  void extractsFoldersFilesAndLinksThatStayInside() throws IOException {
    byte[] archive =
        tarGz(
            tar -> {
              file(tar, "colour/dnn/session-1/0001_cl_dnn_cr_oven_40_n04111531_14126.png", "png");
              file(tar, "./colour/readme.txt", "hello");
              link(tar, "colour/latest.txt", "readme.txt", TarConstants.LF_SYMLINK);
              link(tar, "colour/copy.txt", "colour/readme.txt", TarConstants.LF_LINK);
            });
    Path target = dir.resolve("out");
    assertThat(extract(archive, target)).isEqualTo(4);
    assertThat(target.resolve("colour/dnn/session-1/0001_cl_dnn_cr_oven_40_n04111531_14126.png"))
        .hasContent("png");
    assertThat(Files.readString(target.resolve("colour/latest.txt"))).isEqualTo("hello");
    assertThat(Files.isSymbolicLink(target.resolve("colour/copy.txt"))).isFalse();
    assertThat(target.resolve("colour/copy.txt")).hasContent("hello");
  }

  @Test
  void refusesPathsThatClimbOut() throws IOException {
    byte[] archive = tarGz(tar -> file(tar, "colour/../../evil.txt", "x"));
    assertThatThrownBy(() -> extract(archive, dir.resolve("out")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("test.tar.gz")
        .hasMessageContaining("colour/../../evil.txt");
    assertThat(dir.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void refusesAbsolutePaths() throws IOException {
    Path outside = dir.resolve("absolute.txt");
    byte[] archive = tarGz(tar -> file(tar, outside.toString(), "x"));
    assertThatThrownBy(() -> extract(archive, dir.resolve("out")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("absolute path");
    assertThat(outside).doesNotExist();
  }

  @Test
  void refusesSymbolicLinksThatPointOutside() throws IOException {
    Files.createDirectories(dir.resolve("secret"));
    for (String target : List.of("../../secret", dir.resolve("secret").toString(), "a/../../x")) {
      byte[] archive = tarGz(tar -> link(tar, "colour/escape", target, TarConstants.LF_SYMLINK));
      assertThatThrownBy(() -> extract(archive, dir.resolve("out-" + target.hashCode())))
          .as(target)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("colour/escape");
    }
  }

  @Test
  void refusesWritingThroughALinkThatLeadsOutside() throws IOException {
    // A link created outside the archive's control: the folder already holds one.
    Path target = dir.resolve("out");
    Files.createDirectories(target);
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(target.resolve("colour"), dir.resolve("elsewhere"));
    byte[] archive = tarGz(tar -> file(tar, "colour/planted.txt", "x"));
    assertThatThrownBy(() -> extract(archive, target))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("link that leads outside");
    try (Stream<Path> files = Files.list(dir.resolve("elsewhere"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void refusesHardLinksToFilesOutside() throws IOException {
    byte[] archive =
        tarGz(tar -> link(tar, "colour/passwd", "../../etc/passwd", TarConstants.LF_LINK));
    assertThatThrownBy(() -> extract(archive, dir.resolve("out")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("colour/passwd");
  }

  @Test
  void refusesDeviceFilesAndFifos() throws IOException {
    List<Byte> types =
        new ArrayList<>(List.of(TarConstants.LF_CHR, TarConstants.LF_BLK, TarConstants.LF_FIFO));
    for (byte type : types) {
      byte[] archive =
          tarGz(
              tar -> {
                try {
                  tar.putArchiveEntry(new TarArchiveEntry("colour/dev", type));
                  tar.closeArchiveEntry();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      assertThatThrownBy(() -> extract(archive, dir.resolve("out-" + type)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("device files");
    }
  }

  @Test
  void stopsArchivesThatExpandBeyondTheLimit() throws IOException {
    byte[] archive = tarGz(tar -> file(tar, "big.bin", "x".repeat(2 << 20)));
    assertThatThrownBy(() -> extract(archive, dir.resolve("out")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expands beyond");
  }

  @Test
  void refusesALinkToItsOwnFolder() throws IOException {
    for (String target : List.of(".", "./", "sub/..")) {
      byte[] archive = tarGz(tar -> link(tar, "colour", target, TarConstants.LF_SYMLINK));
      assertThatThrownBy(() -> extract(archive, dir.resolve("out" + target.length())))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("refusing entry 'colour'");
    }
  }

  @Test
  void aNameTooLongForTheFileSystemIsNamedWithTheEntryAndTheReason() throws IOException {
    String name = "colour/" + "a".repeat(300) + ".png";
    byte[] archive = tarGz(tar -> file(tar, name, "png"));
    assertThatThrownBy(() -> extract(archive, dir.resolve("out")))
        .hasMessageContaining("test.tar.gz")
        .hasMessageContaining("entry '" + name + "'")
        .hasMessageContaining("File name too long");
  }

  @Test
  void aDamagedHeaderIsNamedWithTheEntryBeforeItAndTheReason() throws IOException {
    // A GNU sparse member whose sparse map is not octal: the tar reader cannot parse its header.
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    tar.writeBytes(header("colour/ok.png", '0', 3, h -> {}));
    tar.writeBytes(Arrays.copyOf("png".getBytes(StandardCharsets.US_ASCII), 512));
    tar.writeBytes(header("colour/sparse.png", 'S', 0, h -> put(h, 386, "zzzzzzzzzzz")));
    tar.writeBytes(new byte[1024]);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(gz)) {
      out.write(tar.toByteArray());
    }
    assertThatThrownBy(() -> extract(gz.toByteArray(), dir.resolve("out")))
        .hasMessageContaining("test.tar.gz")
        .hasMessageContaining("the header after entry 'colour/ok.png'")
        .hasMessageContaining("sparse entry is invalid");
  }

  /** A GNU tar header block, {@code fill} adding fields before the checksum is computed. */
  private static byte[] header(String name, char type, long size, Consumer<byte[]> fill) {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", size));
    put(h, 136, "00000000000");
    h[156] = (byte) type;
    put(h, 257, "ustar  "); // GNU magic and version
    fill.accept(h);
    Arrays.fill(h, 148, 156, (byte) ' ');
    int sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    return h;
  }

  private static void put(byte[] block, int at, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, block, at, bytes.length);
  }
}
