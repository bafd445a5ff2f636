#!/usr/bin/env bash
# Makes the app icon files from MakeIcon.java (drawn with Java2D, so only a JDK is needed for the PNGs):
#   mot-studio-SIZE.png   16 … 1024 (Linux hicolor sizes, the window icon, the sources of .ico/.icns)
#   mot-studio.png        the 256 px icon jpackage puts in the Linux package
#   mot-studio.ico        Windows (16, 24, 32, 48, 64, 128, 256) — ImageMagick
#   mot-studio.icns       macOS (16 … 1024) — png2icns from icnsutils
# The tools come from installers/linux/install-build-tools.sh. The results are committed; run this
# again only when MakeIcon.java changes.
set -euo pipefail
cd "$(dirname "$0")"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" MakeIcon.java . 16 24 32 48 64 128 256 512 1024
cp mot-studio-256.png mot-studio.png
convert mot-studio-16.png mot-studio-24.png mot-studio-32.png mot-studio-48.png mot-studio-64.png \
  mot-studio-128.png mot-studio-256.png mot-studio.ico
png2icns mot-studio.icns mot-studio-16.png mot-studio-32.png mot-studio-48.png mot-studio-128.png \
  mot-studio-256.png mot-studio-512.png mot-studio-1024.png >/dev/null
ls -l mot-studio.png mot-studio.ico mot-studio.icns
