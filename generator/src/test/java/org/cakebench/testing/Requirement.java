package org.cakebench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Things some tests need that a checkout alone does not provide; each is checked once per test JVM.
 * Tests say which with {@link Needs}.
 */
public enum Requirement {
  /** The shared data mirror and TorchScript fixtures, {@code -Dcakebench.shared} (../shared). */
  SHARED(
      () ->
          Files.isDirectory(Requirement.shared().resolve("data/raw-data"))
              && Files.isDirectory(Requirement.shared().resolve("fixtures")),
      () ->
          "needs the shared data and fixtures at "
              + Requirement.shared().toAbsolutePath().normalize()
              + " (-Dcakebench.shared; Maven passes ../shared, beside the checkout)"),
  /** Debian's Chromium and chromedriver, for the real-browser tests. */
  CHROMIUM(
      () ->
          Files.isExecutable(Path.of("/usr/bin/chromium"))
              && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
      () ->
          "needs Debian's chromium and chromium-driver at /usr/bin/chromium and"
              + " /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)"),
  /**
   * A python3 with torch, torchvision and PIL ({@code CAKEBENCH_PYTHON}, {@code python3} or {@code
   * /usr/bin/python3}). Counted as present when {@code CAKEBENCH_REQUIRE_TORCH} is set, so that the
   * tests run and fail there rather than skip (CI sets it after installing PyTorch).
   */
  TORCH(
      () ->
          System.getenv("CAKEBENCH_REQUIRE_TORCH") != null
              || Stream.of(System.getenv("CAKEBENCH_PYTHON"), "python3", "/usr/bin/python3")
                  .filter(p -> p != null && !p.isBlank())
                  .anyMatch(p -> runs(p, "import torch, torchvision, PIL")),
      () ->
          "needs a python3 with torch and torchvision (set CAKEBENCH_PYTHON; Debian: apt-get"
              + " install python3-torchvision, as .ci/run does)"),
  /**
   * Any Python 3.8 or newer ({@code CAKEBENCH_PYTHON}, {@code python3} or {@code
   * /usr/bin/python3}).
   */
  PYTHON(
      () ->
          Stream.of(System.getenv("CAKEBENCH_PYTHON"), "python3", "/usr/bin/python3")
              .filter(p -> p != null && !p.isBlank())
              .anyMatch(p -> runs(p, "import sys; assert sys.version_info >= (3, 8)")),
      () ->
          "needs a python3 (3.8 or newer; set CAKEBENCH_PYTHON; Debian: apt-get install python3)");

  private final BooleanSupplier check;
  private final Supplier<String> reason;
  private volatile Boolean met;

  Requirement(BooleanSupplier check, Supplier<String> reason) {
    this.check = check;
    this.reason = reason;
  }

  /** Whether this machine provides it. */
  public boolean met() {
    Boolean known = met;
    if (known == null) {
      known = check.getAsBoolean();
      met = known;
    }
    return known;
  }

  /** What is missing and how to provide it. */
  public String reason() {
    return reason.get();
  }

  /** The shared folder as the tests see it ({@code -Dcakebench.shared}, else ../shared). */
  public static Path shared() {
    return Path.of(System.getProperty("cakebench.shared", "../shared"));
  }

  private static boolean runs(String python, String code) {
    try {
      Process process =
          new ProcessBuilder(List.of(python, "-c", code))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
