package org.cakebench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.CRC32C;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

/**
 * The SHA-256 and the CRC-32C of a file's content, read once.
 *
 * @param sha256 lower-case hex, what the manifest pins
 * @param crc32c the cheap check of the content that a rerun repeats (the data's record of verified
 *     files, {@link FileHashes})
 */
public record ContentDigest(String sha256, long crc32c) {
  private static final int BUFFER = 1 << 16;

  /** Both digests of {@code file}. */
  public static ContentDigest of(Path file) throws IOException {
    MessageDigest sha = DigestUtils.getSha256Digest();
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        crc.update(buffer, 0, n);
      }
    }
    return new ContentDigest(Hex.encodeHexString(sha.digest()), crc.getValue());
  }

  /**
   * The SHA-256 of {@code file} in lower-case hex, as {@code sha256sum} prints it; an unreadable
   * file is an {@link UncheckedIOException} naming it.
   */
  public static String sha256(Path file) {
    try {
      return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The CRC-32C of {@code file}: every byte read, at memory speed (a CPU instruction). */
  public static long crc32c(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
