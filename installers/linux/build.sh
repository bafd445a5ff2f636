#!/usr/bin/env bash
# Builds MOT Studio's Linux packages from the project:
#   target/installer/image/mot-studio/                 the app image (jlinked runtime + jars + launchers)
#   target/installer/packages/mot-studio_VERSION_amd64.deb      (declares libgtk-3-0)
#   target/installer/packages/mot-studio-VERSION-1.x86_64.rpm   (declares gtk3; needs rpmbuild)
#   target/installer/packages/mot-studio-VERSION-linux-x64.tar.gz  portable: unpack and run bin/mot-studio
# and prints their sizes.
#
# Usage: installers/linux/build.sh [--skip-maven] [--image-only | --reuse-image] [--types "deb rpm tar"]
#   --skip-maven   use the jar and target/lib of an earlier ./mvnw package / verify (CI does)
#   --image-only   stop after the app image (and its AOT cache)
#   --reuse-image  package the app image of an earlier run again (after editing resources/)
# Tools: a JDK 25 (jlink, jpackage, jdeps); fakeroot + dpkg-dev for .deb, rpm for .rpm, xvfb for
# the AOT training run: installers/linux/install-build-tools.sh installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common.sh"

skip_maven=false image_only=false reuse_image=false types="deb rpm tar"
while [ $# -gt 0 ]; do
  case $1 in
    --skip-maven) skip_maven=true ;;
    --image-only) image_only=true ;;
    --reuse-image) reuse_image=true; skip_maven=true ;;
    --types) types=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

pick_jdk
echo "JDK: $JAVA_HOME"
$skip_maven || maven_package
version=$(app_version)
echo "MOT Studio $version"

image_root=$work/image
image=$image_root/mot-studio
if ! $reuse_image; then
  stage_input
  fx=$(fx_module_path linux)
  modules=$(app_modules "$fx")
  echo "runtime modules: $modules"
  runtime=$work/runtime
  link_runtime "$runtime" "$fx" "$modules"
  # JavaFX looks for its native libraries next to the runtime's own (lib/) before unpacking them
  # from the module into ~/.openjfx: put them there, as the JavaFX jmods would.
  unzip -o -q -j "$(find "$build_dir/lib" -name 'javafx-graphics-*-linux.jar')" '*.so' -d "$runtime/lib/"
  # The archive for heaps over 32 GB (no compressed oops) is never used by a desktop app.
  rm -f "$runtime/lib/server/classes_nocoops.jsa"

  rm -rf "$image_root"
  mapfile -t options < <(java_options)
  jp_options=()
  for o in "${options[@]}"; do jp_options+=(--java-options "$o"); done

  "$JAVA_HOME/bin/jpackage" --type app-image --dest "$image_root" \
    --name mot-studio --app-version "$version" \
    --vendor "MOT Studio" --copyright "MOT Studio contributors" \
    --description "Moment-of-Truth (关键时刻) workshops, offline" \
    --icon "$root/assets/icons/mot-studio.png" \
    --input "$work/input" --main-jar mot-studio.jar --main-class com.motstudio.app.Main \
    --runtime-image "$runtime" "${jp_options[@]}" \
    --add-launcher mot-studio-cli="$here/cli-launcher.properties"

  "$here/../aot-train.sh" "$image/bin/mot-studio" "$image/lib/app"
fi

du -sh "$image" | sed 's/^/app image size: /'
$image_only && exit 0

mkdir -p "$work/packages"
rm -f "$work/packages"/mot-studio*
common_package=(--app-image "$image" --dest "$work/packages" --name mot-studio --app-version "$version"
  --vendor "MOT Studio" --description "Moment-of-Truth (关键时刻) workshops, offline"
  --about-url "https://github.com/motstudio/mot-studio"
  --linux-shortcut --linux-menu-group "Office;Education;" --linux-app-category office
  --file-associations "$here/mot-json.properties" --resource-dir "$work/resources")

# installers/linux/resources (desktop entry, maintainer scripts with the commands on the PATH, the
# .spec) plus the icon under the name jpackage looks for.
rm -rf "$work/resources"
cp -r "$here/resources" "$work/resources"
cp "$root/assets/icons/mot-studio.png" "$work/resources/mot-studio.png"

for type in $types; do
  case $type in
    deb)
      "$JAVA_HOME/bin/jpackage" --type deb "${common_package[@]}" \
        --linux-package-deps "libgtk-3-0" --linux-deb-maintainer "mot-studio@users.noreply.github.com"
      ;;
    rpm)
      if command -v rpmbuild >/dev/null; then
        "$JAVA_HOME/bin/jpackage" --type rpm "${common_package[@]}" \
          --linux-package-deps "gtk3" --linux-rpm-license-type "see /opt/mot-studio/lib/app"
      else
        echo "rpmbuild missing: no .rpm (installers/linux/install-build-tools.sh installs it)" >&2
      fi
      ;;
    tar)
      tar -C "$image_root" -czf "$work/packages/mot-studio-$version-linux-x64.tar.gz" mot-studio
      ;;
  esac
done

echo "packages:"
for f in "$work/packages"/*; do
  size=$(du -h "$f" | cut -f1)
  case $f in
    *.deb) installed="installed $(( $(dpkg-deb -f "$f" Installed-Size) / 1024 )) MB" ;;
    *.rpm) installed="installed $(( $(rpm -qp --queryformat '%{SIZE}' "$f" 2>/dev/null) / 1048576 )) MB" ;;
    *) installed="unpacked $(du -sh "$image" | cut -f1)" ;;
  esac
  echo "  $(basename "$f"): $size ($installed)"
done
