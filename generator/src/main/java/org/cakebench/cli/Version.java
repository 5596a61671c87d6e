package org.cakebench.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"cakebench " + (version == null ? "dev" : version)};
  }
}
