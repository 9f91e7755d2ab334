#!/usr/bin/env bash
# Makes every icon file from the master artwork icons/keyhaven.svg. Run it after changing the master
# and commit what it writes:
#   icons/png/keyhaven-<n>.png      n = 16 24 32 48 64 128 256 512 1024 (Linux, documentation)
#   icons/keyhaven.png              512 px (the Linux installer and desktop entry)
#   icons/keyhaven.ico              16 to 256 px (the Windows installer and shortcuts)
#   icons/keyhaven.icns             16 to 1024 px (the macOS app bundle)
#   src/main/resources/dev/keyhaven/ui/icons/keyhaven-<n>.png   n = 16 32 48 64 128 256 (window icon)
# Tools (Debian packages, installed when missing): librsvg2-bin (rsvg-convert), icoutils (icotool),
# icnsutils (png2icns).
#
#   icons/build-icons.sh
set -euo pipefail
icons_dir="$(cd "$(dirname "$0")" && pwd)"
master="$icons_dir/keyhaven.svg"
window_icons="$icons_dir/../src/main/resources/dev/keyhaven/ui/icons"

missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v icotool >/dev/null 2>&1 || missing+=(icoutils)
command -v png2icns >/dev/null 2>&1 || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "${missing[@]}"
fi

png() { echo "$icons_dir/png/keyhaven-$1.png"; }

mkdir -p "$icons_dir/png" "$window_icons"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$master" --output "$(png "$size")"
done

cp "$(png 512)" "$icons_dir/keyhaven.png"

# Windows keeps the 256 px image as embedded PNG (-r), the smaller ones as bitmaps.
icotool --create --output "$icons_dir/keyhaven.ico" \
  "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"

png2icns "$icons_dir/keyhaven.icns" \
  "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" "$(png 1024)" >/dev/null

for size in 16 32 48 64 128 256; do
  cp "$(png "$size")" "$window_icons/keyhaven-$size.png"
done

echo "Icons written to $icons_dir and $window_icons"
