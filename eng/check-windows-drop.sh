#!/usr/bin/env bash
# The Windows build's desktop behaviour, under Wine, as .ci/run checks it. The Bình Sơn sample is copied into a folder
# whose names have Vietnamese letters and spaces and dropped on kpi-targets.exe (Explorer's one argument):
# - the workbook NAME.targets.xlsx beside it has the parts, byte for byte, of the one the reference CLI writes with
#   `assign -o` (a workbook's zip entries carry the time they were written, so the parts are compared, not the files);
#   the summary names what was read and written;
# - the same file with a bad row exits 2, names the row, and leaves that workbook as it was;
# - on a Vietnamese display (LC_ALL for Wine) the summary and the workbook's titles are Vietnamese;
# - in a console of its own (a pseudo-terminal, as Explorer's window) the names show as UTF-8, and the program waits
#   for a key; started by cmd.exe, which shares the console as a terminal's shell does, it does not.
# Usage: bash eng/check-windows-drop.sh WINDOWS_EXE REFERENCE_CLI...   (with WINEPREFIX, WINEDEBUG set by the caller)
# Prints "ok"/"FAIL" lines; exits with the number of failed checks.
set -uo pipefail

exe=$1
shift
wine=/usr/lib/wine/wine64
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL (wine drop): $1"
  sed 's/^/  | /' "$2"
  failures=$((failures + 1))
}

# Wine shows the root folder as drive Z:.
windows_path() {
  local path
  path=$(realpath -m "$1")
  printf 'Z:%s' "${path//\//\\}"
}

same_workbook() {
  rm -rf "$work/parts-a" "$work/parts-b"
  unzip -q "$1" -d "$work/parts-a" && unzip -q "$2" -d "$work/parts-b" && diff -r "$work/parts-a" "$work/parts-b" >/dev/null
}

milliseconds() { echo $(($(date +%s%N) / 1000000)); }

sample=samples/binh-son-2023/results.csv
folder="$work/Thư mục của tôi"
input="$folder/Kết quả 2023.csv"
workbook="$folder/Kết quả 2023.targets.xlsx"
out="$work/out.txt"
mkdir "$folder"
cp "$sample" "$input"
"$@" assign "$sample" -o "$work/expected.xlsx"
"$@" assign "$sample" --lang vi -o "$work/expected-vi.xlsx"

"$wine" "$exe" "$(windows_path "$input")" < /dev/null > "$out" 2>&1
status=$?
if [ "$status" -eq 0 ] && same_workbook "$workbook" "$work/expected.xlsx" \
  && grep -qF "Read $(windows_path "$input"): 35 units, 10 indicators, 303 rows." "$out" \
  && grep -qF "Wrote the 2024 targets to $(windows_path "$workbook")." "$out"; then
  echo "ok (wine drop): the Bình Sơn sample dropped gives the workbook of assign beside it"
else
  fail "the dropped sample exited $status, or its workbook or summary differs" "$out"
fi

cp "$workbook" "$work/before.xlsx"
printf 'UBND xã Bình Thuận,10,50\n' >> "$input"
"$wine" "$exe" "$(windows_path "$input")" < /dev/null > "$out" 2>&1
status=$?
if [ "$status" -eq 2 ] && cmp -s "$workbook" "$work/before.xlsx" && grep -qF "2023.csv:305: unknown indicator code '10'" "$out"; then
  echo "ok (wine drop): a bad row exits 2, names its line and leaves the workbook as it was"
else
  fail "the dropped file with a bad row exited $status, or the workbook changed" "$out"
fi
cp "$sample" "$input"

# Wine takes the display language from the locale, which must exist; one compiled into a folder of ours will do.
mkdir -p "$work/locale"
if localedef -i vi_VN -f UTF-8 "$work/locale/vi_VN.UTF-8" 2>"$out" || [ -d "$work/locale/vi_VN.UTF-8" ]; then
  LOCPATH="$work/locale" LC_ALL=vi_VN.UTF-8 "$wine" "$exe" "$(windows_path "$input")" < /dev/null > "$out" 2>&1
  status=$?
  if [ "$status" -eq 0 ] && same_workbook "$workbook" "$work/expected-vi.xlsx" \
    && grep -qF "Đã đọc $(windows_path "$input"): 35 đơn vị, 10 chỉ tiêu, 303 dòng." "$out"; then
    echo "ok (wine drop): a Vietnamese display gets Vietnamese messages and column titles"
  else
    fail "the drop on a Vietnamese display exited $status, or its workbook or summary differs" "$out"
  fi
else
  fail "the vi_VN locale could not be compiled (the locales package is missing?)" "$out"
fi

# A key typed 3 s after the start: a run that waits for it lasts at least that long. The terminal is made wide enough
# that no line of the summary wraps.
start=$(milliseconds)
(sleep 3; printf 'x') | timeout 60 script -qec "stty cols 1000; '$wine' '$exe' '$(windows_path "$input")'; date +%s%N > '$work/end'" /dev/null > "$out" 2>&1
waited=$(($(cat "$work/end" 2>/dev/null || echo 0) / 1000000 - start))
if grep -qF "Kết quả 2023.targets.xlsx" "$out" && grep -qF "Press any key to close this window." "$out" && [ "$waited" -ge 3000 ]; then
  echo "ok (wine drop): a console of its own shows UTF-8 and waits for a key (${waited} ms)"
else
  fail "in a console of its own: no UTF-8 name, no prompt, or no wait (${waited} ms)" "$out"
fi

timeout 60 script -qec "stty cols 1000; '$wine' cmd /c '$(windows_path "$exe")' '$(windows_path "$input")'" /dev/null < /dev/null > "$out" 2>&1
if grep -qF "Kết quả 2023.targets.xlsx" "$out" && ! grep -qF "Press any key" "$out"; then
  echo "ok (wine drop): started by cmd.exe it shows UTF-8 and does not wait"
else
  fail "started by cmd.exe: no UTF-8 name, or a prompt" "$out"
fi

exit "$failures"
