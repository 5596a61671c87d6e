package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import org.junit.jupiter.api.Test;

class IoErrorsTest {
  @Test
  void theReasonTheFileSystemGaveComesFirst() {
    assertThat(IoErrors.reason(new AccessDeniedException("/x", null, "Read-only file system")))
        .isEqualTo("Read-only file system");
    assertThat(IoErrors.reason(new FileSystemException("/x", null, "No space left on device")))
        .isEqualTo("No space left on device");
  }

  @Test
  void withoutOneTheTypeOfTheExceptionSaysWhyInWords() {
    assertThat(IoErrors.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(IoErrors.reason(new NoSuchFileException("/x"))).isEqualTo("no such file or folder");
    assertThat(IoErrors.reason(new FileAlreadyExistsException("/x"))).isEqualTo("already exists");
    assertThat(IoErrors.reason(new DirectoryNotEmptyException("/x"))).isEqualTo("folder not empty");
    assertThat(IoErrors.reason(new NotDirectoryException("/x"))).isEqualTo("not a folder");
    assertThat(IoErrors.reason(new NotLinkException("/x"))).isEqualTo("not a symbolic link");
    assertThat(IoErrors.reason(new FileSystemLoopException("/x")))
        .isEqualTo("a symbolic link leads back into a folder above it");
    assertThat(IoErrors.reason(new FileSystemException("/x"))).isEqualTo("FileSystemException");
  }

  @Test
  void otherErrorsGiveTheirMessageOrElseTheirType() {
    assertThat(IoErrors.reason(new IOException("Connection reset"))).isEqualTo("Connection reset");
    assertThat(IoErrors.reason(new IOException(" "))).isEqualTo("IOException");
    assertThat(IoErrors.reason(new IOException())).isEqualTo("IOException");
  }
}
