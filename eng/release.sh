#!/usr/bin/env bash
# Builds every release archive of kpi-targets into OUTDIR, from a clean checkout of HEAD, named with the version set in
# Directory.Build.props:
#   kpi-targets-VERSION-win-x64.zip       a folder: kpi-targets.exe, self-contained (.NET included, trimmed, not
#                                         single-file: a single-file build does not start under Wine, so CI could not
#                                         run it), README.txt (eng/README.txt) and LICENSE
#   kpi-targets-VERSION-linux-x64.tar.gz  a folder: the native (AOT) binary and LICENSE; it needs libicu to run
#   kpi-targets-VERSION-osx-arm64.tar.gz  a folder: kpi-targets, self-contained and trimmed (cross-OS AOT is not
#                                         supported), and LICENSE; built here, never run here
#   SHA256SUMS                            for `sha256sum -c SHA256SUMS`
# Usage: bash eng/release.sh OUTDIR
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: bash eng/release.sh OUTDIR" >&2
  exit 1
fi
root=$(cd "$(dirname "$0")/.." && pwd)

# The archives are HEAD's: changes not yet committed would be in no commit that the version names.
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
  echo "release: commit or stash the changes first; the archives are built from HEAD" >&2
  git -C "$root" status --short --untracked-files=no >&2
  exit 1
fi
mkdir -p "$1"
out=$(cd "$1" && pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A clone, not the working tree: no build output of an earlier run (bin/, obj/) can end up in an archive.
commit=$(git -C "$root" rev-parse HEAD)
src="$work/src"
git clone --quiet --no-checkout "$root" "$src"
git -C "$src" checkout --quiet --detach "$commit"
version=$(dotnet msbuild "$src/src/KpiTargets.Cli/KpiTargets.Cli.csproj" -getProperty:Version)
# Every file in an archive gets the commit's time, so archives of one commit differ only where the builds do.
epoch=$(git -C "$src" log -1 --format=%ct)
stage="$work/stage"
mkdir -p "$stage"
echo "release: kpi-targets $version from $commit into $out"

# Publishes the CLI for one runtime into a folder, failing on any trim or AOT warning.
publish() {
  local rid=$1 folder=$2
  shift 2
  echo "== publish $rid"
  dotnet publish "$src/src/KpiTargets.Cli" -c Release -r "$rid" -o "$folder" -p:ContinuousIntegrationBuild=true "$@" 2>&1 |
    tee "$work/publish-$rid.log"
  if grep -qiE 'warning (IL|AOT)[0-9]' "$work/publish-$rid.log"; then
    echo "release: trim/AOT warnings in the $rid build" >&2
    exit 1
  fi
  # Symbols and XML documentation are for developers, who build from source; users get only what runs.
  find "$folder" \( -name '*.pdb' -o -name '*.dbg' -o -name '*.xml' \) -delete
}

# Windows opens text files in Notepad: CRLF line ends, and a byte order mark so that an old Notepad reads UTF-8.
windows_text() {
  { printf '\xEF\xBB\xBF'; sed -e "s/VERSION/$version/" -e 's/$/\r/' "$1"; } > "$2"
}

win=kpi-targets-$version-win-x64
publish win-x64 "$stage/$win" --self-contained -p:PublishAot=false -p:PublishTrimmed=true
windows_text "$src/eng/README.txt" "$stage/$win/README.txt"
windows_text "$src/LICENSE" "$stage/$win/LICENSE"

linux=kpi-targets-$version-linux-x64
publish linux-x64 "$work/linux-x64" -p:PublishAot=true
mkdir "$stage/$linux"
cp "$work/linux-x64/kpi-targets" "$src/LICENSE" "$stage/$linux/"

osx=kpi-targets-$version-osx-arm64
publish osx-arm64 "$stage/$osx" --self-contained -p:PublishAot=false -p:PublishTrimmed=true
cp "$src/LICENSE" "$stage/$osx/"

echo "== archives"
find "$stage" -exec touch -h -d "@$epoch" {} +
rm -f "$out/$win.zip" "$out/$linux.tar.gz" "$out/$osx.tar.gz" "$out/SHA256SUMS"
(cd "$stage" && find "$win" -print | LC_ALL=C sort | TZ=UTC zip -qX "$out/$win.zip" -@)
for folder in "$linux" "$osx"; do
  tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -cf - "$folder" | gzip -9n > "$out/$folder.tar.gz"
done
(cd "$out" && sha256sum "$win.zip" "$linux.tar.gz" "$osx.tar.gz" > SHA256SUMS)
ls -l "$out"
