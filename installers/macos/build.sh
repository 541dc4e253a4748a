#!/bin/sh
# macOS: build ConvoSphere.app with PyInstaller, sign it, make the .dmg, notarise and staple.
# Runs on a macOS runner (release.yml) or a maintainer's Mac:
#   installers/macos/build.sh                    # unsigned .app and .dmg (local testing)
#   CODESIGN_IDENTITY="Developer ID Application: Example Ltd (TEAMID)" \
#   NOTARY_PROFILE=convosphere installers/macos/build.sh
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials convosphere --apple-id ID --team-id TEAMID --password APP_SPECIFIC_PASSWORD
set -eu
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' core/__init__.py)
icons=installers/icons

# The .icns the spec wants, from the committed 512 px PNG.
iconset=$(mktemp -d)/convosphere.iconset
mkdir -p "$iconset"
for size in 16 32 128 256 512; do
    sips -z $size $size "$icons/convosphere-512.png" --out "$iconset/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    [ $double -le 512 ] && sips -z $double $double "$icons/convosphere-512.png" \
        --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$icons/convosphere.icns"

python3 scripts/dev.py package
app=build/bundle/dist/ConvoSphere.app
dmg=dist/ConvoSphere-$version-macos-$(uname -m).dmg
mkdir -p dist

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements installers/macos/entitlements.plist \
        --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "ConvoSphere" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "Built $dmg"
