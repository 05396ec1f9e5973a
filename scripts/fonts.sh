#!/usr/bin/env bash
# Restores the OFL Noto fonts that DialogueOps.Pdf embeds (Latin, Simplified Chinese, Thai, Khmer, Lao, Myanmar)
# from pinned npm packages into fonts/ (ignored by git). Safe to run again: present files are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
target=fonts
mkdir -p "$target"

packages=(
  "noto-sans 0.4.2 NotoSans 400Regular 700Bold 400Regular_Italic 700Bold_Italic"
  "noto-sans-sc 0.4.3 NotoSansSC 400Regular 700Bold"
  "noto-sans-thai 0.4.2 NotoSansThai 400Regular 700Bold"
  "noto-sans-khmer 0.4.3 NotoSansKhmer 400Regular 700Bold"
  "noto-sans-lao 0.4.2 NotoSansLao 400Regular 700Bold"
  "noto-sans-myanmar 0.4.2 NotoSansMyanmar 400Regular 700Bold"
)

if ! command -v curl >/dev/null; then
  apt-get update -qq && apt-get install -y -qq curl >/dev/null
fi

for line in "${packages[@]}"; do
  read -r name version family styles <<<"$line"
  missing=0
  for style in $styles; do
    [ -s "$target/${family}_${style}.ttf" ] || missing=1
  done
  [ "$missing" -eq 0 ] && continue
  echo "fonts: @expo-google-fonts/$name@$version"
  tmp=$(mktemp -d)
  curl -fsSL --retry 3 -o "$tmp/p.tgz" "https://registry.npmjs.org/@expo-google-fonts/$name/-/$name-$version.tgz"
  paths=()
  for style in $styles; do paths+=("package/$style/${family}_${style}.ttf"); done
  tar -xzf "$tmp/p.tgz" -C "$tmp" "${paths[@]}" package/LICENSE_FONT
  for style in $styles; do cp "$tmp/package/$style/${family}_${style}.ttf" "$target/"; done
  cp "$tmp/package/LICENSE_FONT" "$target/LICENSE-$family.txt"
  rm -rf "$tmp"
done
