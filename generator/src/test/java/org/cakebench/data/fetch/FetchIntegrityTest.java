package org.cakebench.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.data.ContentDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fetch trusts and what it leaves: data changed behind its back is found, and a killed
 * fetch's leftovers go.
 */
class FetchIntegrityTest {
  private static final byte[] TRIALS =
      "subj,session\nresnet50,1\n".repeat(100).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private Path mirror;
  private Path data;
  private List<ManifestEntry> entries;

  @BeforeEach
  void mirrorOfTwoFiles() throws IOException {
    mirror = Files.createDirectories(dir.resolve("mirror/raw-data"));
    data = dir.resolve("data");
    Files.write(mirror.resolve("a.csv"), TRIALS);
    Files.write(mirror.resolve("b.csv"), TRIALS);
    entries = List.of(entry("raw-data/a.csv"), entry("raw-data/b.csv"));
  }

  private static ManifestEntry entry(String path) {
    return new ManifestEntry(
        path, TRIALS.length, DigestUtils.sha256Hex(TRIALS), "https://example.invalid/" + path);
  }

  private FetchOptions options() {
    return FetchOptions.defaults(data, dir.resolve("mirror")).withoutProgress();
  }

  private FetchReport fetch(FetchOptions options) {
    return new DataFetcher(options).fetch(entries);
  }

  /** {@code file} with one byte changed, same size, its modification time put back. */
  private static void editInPlace(Path file) throws IOException {
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[30] = (byte) '7';
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
  }

  @Test
  void aSameSizeEditWithItsTimePutBackIsFoundAndTheFileFetchedAgain() throws IOException {
    assertThat(fetch(options()).fetched()).isEqualTo(2);
    Path a = data.resolve("raw-data/a.csv");
    editInPlace(a);

    FetchReport again = fetch(options());
    assertThat(again.alreadyVerified()).isEqualTo(1);
    assertThat(again.fetched()).isEqualTo(1);
    assertThat(a).hasBinaryContent(TRIALS);
  }

  @Test
  void theFullCheckHashesEveryFileEvenWhereTheRecordWasMadeToMatch() throws IOException {
    assertThat(fetch(options()).fetched()).isEqualTo(2);
    Path a = data.resolve("raw-data/a.csv");
    editInPlace(a);
    // Someone rewrites the record to match the edited file: only SHA-256 can tell.
    Path record = data.resolve(VerifiedFiles.FILE_NAME);
    String crc = String.format("%08x", ContentDigest.crc32c(a));
    List<String> lines =
        Files.readAllLines(record).stream()
            .map(
                l ->
                    l.startsWith("raw-data/a.csv\t")
                        ? l.replaceFirst("\t[0-9a-f]{8}\t", "\t" + crc + "\t")
                        : l)
            .toList();
    Files.write(record, lines);
    assertThat(fetch(options()).alreadyVerified()).isEqualTo(2); // the cheap check is fooled

    FetchReport full = fetch(options().withFullCheck());
    assertThat(full.fetched()).isEqualTo(1);
    assertThat(a).hasBinaryContent(TRIALS);
  }

  @Test
  void theTemporaryRecordAKilledFetchLeftIsRemoved() throws IOException {
    Files.createDirectories(data);
    // the name AtomicFiles gives its temporary file: "." + ".verified.tsv", a number, ".tmp"
    Path killed = data.resolve("..verified.tsv8812334.tmp");
    Files.writeString(killed, "half a record");
    Path notOurs = Files.writeString(data.resolve("notes.tmp"), "mine");
    assertThat(fetch(options()).complete()).isTrue();
    assertThat(killed).doesNotExist();
    assertThat(notOurs).hasContent("mine");
  }
}
