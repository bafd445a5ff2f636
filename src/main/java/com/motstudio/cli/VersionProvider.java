package com.motstudio.cli;

import com.motstudio.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the version stamped into the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"MOT Studio " + AppVersion.current()};
    }
}
