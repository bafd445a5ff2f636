# Builds MOT Studio for Windows — run ON WINDOWS (jpackage makes .exe launchers and .msi only there):
#   target\installer\image\MOT Studio\                     the app image (also the portable zip's content)
#   target\installer\packages\MOT Studio-VERSION.msi       per-user install (no admin rights), upgradeable
#   target\installer\packages\MOT Studio-VERSION-windows-x64.zip   portable: unzip, run "MOT Studio.exe"
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-SkipMaven] [-AllUsers]
#
#   -AllUsers   an .msi that installs for every user under Program Files (needs admin to install)
#
# Needs: a JDK 25 (JAVA_HOME), and WiX Toolset for the .msi — WiX 3.14 (candle/light on PATH) or
# WiX 4/5 (`dotnet tool install --global wix`). Every .msi carries the same upgrade code, so a newer
# version replaces an older one in place; raise <version> in pom.xml for each release.
param([switch]$SkipMaven, [switch]$AllUsers)
$ErrorActionPreference = 'Stop'
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$here = $PSScriptRoot
$build = if ($env:MOT_BUILD_DIR) { $env:MOT_BUILD_DIR } else { "$root\target" }
$work = "$build\installer"
# Never change: Windows Installer recognises earlier versions of MOT Studio by this code.
$upgradeUuid = '6d1c5a43-8f0e-4b7a-9a1f-2c7e5b3d9e41'

if (-not $env:JAVA_HOME) { throw 'Set JAVA_HOME to a JDK 25 (for example Eclipse Temurin 25).' }
$jdk = "$env:JAVA_HOME\bin"
foreach ($tool in 'jlink', 'jpackage', 'jdeps') {
  if (-not (Test-Path "$jdk\$tool.exe")) { throw "$env:JAVA_HOME has no $tool.exe: a full JDK 25 is needed" }
}

if (-not $SkipMaven) {
  & "$root\mvnw.cmd" -B -ntp package -DskipTests "-Dmot.buildDir=$build"
  if ($LASTEXITCODE -ne 0) { throw 'Maven package failed' }
}
$version = ((Get-Content "$build\classes\com\motstudio\app\version.properties") -match '^version=' -replace '^version=', '')

# The app jar and every dependency except JavaFX, which goes into the runtime as modules.
Remove-Item -Recurse -Force "$work\input", "$work\runtime", "$work\image" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$work\input" | Out-Null
Copy-Item "$build\mot-studio.jar" "$work\input\"
Get-ChildItem "$build\lib\*.jar" | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination "$work\input\"
$fx = (Get-ChildItem "$build\lib\javafx-*-win.jar" | Sort-Object Name | ForEach-Object FullName) -join ';'
if (-not $fx) { throw "no javafx-*-win.jar in $build\lib: build with Maven on Windows" }

# Modules: what jdeps finds, plus Chinese locale data and the GB18030 / GBK / Big5 charsets.
$deps = & "$jdk\jdeps.exe" --multi-release 25 --ignore-missing-deps --print-module-deps -q `
  --module-path $fx --class-path "$work\input\*" (Get-ChildItem "$work\input\*.jar" | ForEach-Object FullName)
$modules = ($deps | Select-Object -Last 1) + ',jdk.localedata,jdk.charsets'
& "$jdk\jlink.exe" --module-path $fx --add-modules $modules --include-locales=en,zh --strip-debug `
  --no-header-files --no-man-pages --generate-cds-archive --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }
# JavaFX's DLLs next to the runtime's own (bin\), as the JavaFX jmods would put them.
Add-Type -AssemblyName System.IO.Compression.FileSystem
$graphics = Get-ChildItem "$build\lib\javafx-graphics-*-win.jar" | Select-Object -First 1
$zip = [System.IO.Compression.ZipFile]::OpenRead($graphics.FullName)
foreach ($entry in $zip.Entries | Where-Object { $_.Name -like '*.dll' }) {
  [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, "$work\runtime\bin\$($entry.Name)", $true)
}
$zip.Dispose()
Remove-Item "$work\runtime\bin\server\classes_nocoops.jsa" -ErrorAction SilentlyContinue

$javaOptions = Get-Content "$root\installers\java-options.txt" | Where-Object { $_ -notmatch '^\s*(#|$)' }
$jpOptions = foreach ($o in $javaOptions) { '--java-options'; $o }
& "$jdk\jpackage.exe" --type app-image --dest "$work\image" --name 'MOT Studio' --app-version $version `
  --vendor 'MOT Studio' --copyright 'MOT Studio contributors' --description 'Moment-of-Truth workshops, offline' `
  --icon "$root\assets\icons\mot-studio.ico" `
  --input "$work\input" --main-jar mot-studio.jar --main-class com.motstudio.app.Main `
  --runtime-image "$work\runtime" @jpOptions `
  --add-launcher "mot-studio-cli=$here\cli-launcher.properties"
if ($LASTEXITCODE -ne 0) { throw 'jpackage app-image failed' }
$image = "$work\image\MOT Studio"

# AOT cache (JDK 25): one training run opens a template and quits after the first frame.
$template = "$root\src\main\resources\com\motstudio\templates\government.zh-CN.mot.json"
# JAVA_TOOL_OPTIONS is split at spaces ("MOT Studio", a user name): train in a folder without any.
$trainHome = "$env:SystemDrive\mot-aot-$PID"
New-Item -ItemType Directory -Force $trainHome | Out-Null
$env:JAVA_TOOL_OPTIONS = "-XX:AOTCacheOutput=$trainHome\out.aot -Dmot.home=$trainHome -Dmot.startup.quit=true"
& "$image\MOT Studio.exe" $template | Out-Null
Remove-Item Env:\JAVA_TOOL_OPTIONS
if (-not (Test-Path "$trainHome\out.aot")) { throw 'the AOT training run wrote no cache' }
Move-Item -Force "$trainHome\out.aot" "$image\app\mot-studio.aot"
Remove-Item -Recurse -Force $trainHome -ErrorAction SilentlyContinue
foreach ($cfg in Get-ChildItem "$image\app\*.cfg") {
  Add-Content $cfg.FullName 'java-options=-XX:AOTCache=$APPDIR\mot-studio.aot'
}
'app image size: {0:N0} MB' -f ((Get-ChildItem -Recurse $image | Measure-Object Length -Sum).Sum / 1MB)

New-Item -ItemType Directory -Force "$work\packages" | Out-Null
$scope = if ($AllUsers) { @() } else { @('--win-per-user-install') }
& "$jdk\jpackage.exe" --type msi --app-image $image --dest "$work\packages" --name 'MOT Studio' `
  --app-version $version --vendor 'MOT Studio' --description 'Moment-of-Truth workshops, offline' `
  --win-upgrade-uuid $upgradeUuid @scope --win-dir-chooser --win-menu --win-menu-group 'MOT Studio' `
  --win-shortcut --win-shortcut-prompt --file-associations "$here\mot-json.properties" `
  --about-url 'https://github.com/motstudio/mot-studio'
if ($LASTEXITCODE -ne 0) { throw 'jpackage msi failed' }
Compress-Archive -Force -Path $image -DestinationPath "$work\packages\MOT Studio-$version-windows-x64.zip"
Get-ChildItem "$work\packages" | ForEach-Object { '{0}: {1:N1} MB' -f $_.Name, ($_.Length / 1MB) }
