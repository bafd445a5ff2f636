#!/usr/bin/env bash
# Builds MOT Studio for macOS — run ON A MAC (jpackage makes .app and .dmg only on macOS):
#   target/installer/image/MOT Studio.app      the app bundle (jlinked runtime, jars, AOT cache)
#   target/installer/packages/MOT Studio-VERSION.dmg
#
#   installers/macos/build.sh [--skip-maven]
#
# Needs a JDK 25 for the Mac's architecture (e.g. Temurin 25, aarch64 on Apple silicon) in
# JAVA_HOME; Maven then fetches the JavaFX jars of that architecture (javafx-*-mac or
# javafx-*-mac-aarch64). The icon is assets/icons/mot-studio.icns (made on Linux by
# assets/icons/make-icons.sh). The AOT training run opens the window on the Mac's screen for a
# second, so run it in a logged-in session (a CI runner's is fine).
# Signing and notarization are not done here; for distribution outside your own Macs, add
#   --mac-sign --mac-signing-key-user-name "Developer ID Application: …"
# to both jpackage calls and notarize the .dmg with `xcrun notarytool submit … --wait`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../common.sh"
[ "$(uname)" = Darwin ] || { echo "installers/macos/build.sh runs on macOS only" >&2; exit 1; }

skip_maven=false
[ "${1:-}" = --skip-maven ] && skip_maven=true
pick_jdk
$skip_maven || maven_package
version=$(app_version)

stage_input
fx=$(fx_module_path 'mac*')
[ -n "$fx" ] || { echo "no javafx-*-mac*.jar in $build_dir/lib: build with Maven on this Mac" >&2; exit 1; }
runtime=$work/runtime
link_runtime "$runtime" "$fx" "$(app_modules "$fx")"
# JavaFX's native libraries next to the runtime's own, as the JavaFX jmods would put them
unzip -o -q -j "$(find "$build_dir/lib" -name 'javafx-graphics-*-mac*.jar')" '*.dylib' -d "$runtime/lib/"
rm -f "$runtime/lib/server/classes_nocoops.jsa"

image_root=$work/image
rm -rf "$image_root"
jp_options=()
while IFS= read -r o; do jp_options+=(--java-options "$o"); done < <(java_options)
# -Xdock:name sets the name in the menu bar and Dock while the app runs
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$image_root" \
  --name "MOT Studio" --app-version "$version" --vendor "MOT Studio" \
  --copyright "MOT Studio contributors" --description "Moment-of-Truth workshops, offline" \
  --icon "$root/assets/icons/mot-studio.icns" \
  --mac-package-identifier com.motstudio.app --mac-package-name "MOT Studio" \
  --mac-app-category public.app-category.productivity \
  --file-associations "$here/mot-json.properties" \
  --input "$work/input" --main-jar mot-studio.jar --main-class com.motstudio.app.Main \
  --runtime-image "$runtime" "${jp_options[@]}" --java-options "-Xdock:name=MOT Studio" \
  --add-launcher mot-studio-cli="$here/cli-launcher.properties"
app="$image_root/MOT Studio.app"
"$here/../aot-train.sh" "$app/Contents/MacOS/MOT Studio" "$app/Contents/app"
du -sh "$app" | sed 's/^/app bundle size: /'

mkdir -p "$work/packages"
"$JAVA_HOME/bin/jpackage" --type dmg --app-image "$app" --dest "$work/packages" \
  --name "MOT Studio" --app-version "$version"
ls -lh "$work/packages"/*.dmg
