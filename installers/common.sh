# Sourced by the bash packaging scripts (Linux, macOS): finds JDK 25, the project's version and the
# paths every script uses. Not meant to be run on its own.
# shellcheck shell=bash

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MOT_BUILD_DIR:-$root/target}
work=$build_dir/installer

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# JAVA_HOME if it is a JDK 25+, else the java on PATH, else the Temurin 25 of the build machine.
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; then
    :
  elif command -v java >/dev/null && [ "$(java_major java)" -ge 25 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    echo "needs a JDK 25 (set JAVA_HOME)" >&2
    exit 1
  fi
  export JAVA_HOME
  for tool in jlink jpackage jdeps; do
    [ -x "$JAVA_HOME/bin/$tool" ] || { echo "$JAVA_HOME has no $tool: a full JDK 25 is needed" >&2; exit 1; }
  done
}

# The pom's version, as the build stamped it into the app (what About and --version show).
app_version() {
  sed -n 's/^version=//p' "$build_dir/classes/com/motstudio/app/version.properties"
}

# installers/java-options.txt without comments and blank lines.
java_options() {
  grep -v '^[[:space:]]*#' "$root/installers/java-options.txt" | sed '/^[[:space:]]*$/d'
}

# ./mvnw package, tests skipped (CI runs them before packaging).
maven_package() {
  (cd "$root" && ./mvnw -B -ntp -q ${MAVEN_OFFLINE:+-o} package -DskipTests -Dmot.buildDir="$build_dir")
}

# The jars jpackage puts on the class path: the app and every dependency except JavaFX, which is
# linked into the runtime as modules.
stage_input() {
  rm -rf "$work/input"
  mkdir -p "$work/input"
  cp "$build_dir/mot-studio.jar" "$work/input/"
  find "$build_dir/lib" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/" \;
}

# The JavaFX jars of one platform (linux, win, mac, mac-aarch64), which jlink takes as modules.
fx_module_path() {
  local classifier=$1
  find "$build_dir/lib" -name "javafx-*-$classifier.jar" | sort | paste -sd : -
}

# The modules the app uses (jdeps), plus the ones it reaches only through services or locales:
# jdk.localedata for Chinese dates and numbers, jdk.charsets for GB18030 / GBK / Big5 CSV files
# and consoles.
app_modules() {
  local fx=$1
  local found
  found=$("$JAVA_HOME/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps -q \
    --module-path "$fx" --class-path "$work/input/*" "$work/input"/*.jar 2>/dev/null | tail -1)
  echo "$found,jdk.localedata,jdk.charsets"
}

# jlink OUT FX_MODULE_PATH MODULES: a runtime with only those modules, English and Chinese locale
# data, and the default CDS archive (a jlinked runtime has none otherwise).
link_runtime() {
  local out=$1 fx=$2 modules=$3
  rm -rf "$out"
  "$JAVA_HOME/bin/jlink" --module-path "$fx" --add-modules "$modules" \
    --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --output "$out"
}
