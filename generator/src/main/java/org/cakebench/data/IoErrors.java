package org.cakebench.data;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The reason an I/O operation failed, in words. Java's file-system exceptions carry the path as
 * their message and the reason apart (or only in their type), so printing the message alone gives
 * {@code cannot read X: X}.
 */
public final class IoErrors {
  private IoErrors() {}

  /** Why {@code e} happened, without the path: "permission denied", "No space left on device". */
  public static String reason(Throwable e) {
    if (e instanceof FileSystemException fs) {
      if (fs.getReason() != null) {
        return fs.getReason();
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or folder";
      }
      if (e instanceof FileAlreadyExistsException) {
        return "already exists";
      }
      if (e instanceof DirectoryNotEmptyException) {
        return "folder not empty";
      }
      if (e instanceof NotDirectoryException) {
        return "not a folder";
      }
      if (e instanceof NotLinkException) {
        return "not a symbolic link";
      }
      if (e instanceof FileSystemLoopException) {
        return "a symbolic link leads back into a folder above it";
      }
      return e.getClass().getSimpleName();
    }
    String message = e.getMessage();
    return message != null && !message.isBlank() ? message : e.getClass().getSimpleName();
  }
}
