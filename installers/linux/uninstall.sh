#!/bin/sh
# Remove the command, menu entry and icon install.sh made. Your data stays in
# ~/.local/share/ConvoSphere unless you pass --delete-data.
set -eu
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
rm -f "$HOME/.local/bin/convosphere" "$prefix/applications/convosphere.desktop" \
      "$prefix/icons/hicolor/256x256/apps/convosphere.png"
if [ "${1:-}" = "--delete-data" ]; then
    rm -rf "$prefix/ConvoSphere" "${XDG_CONFIG_HOME:-$HOME/.config}/ConvoSphere"
    echo "Removed ConvoSphere and its data."
else
    echo "Removed ConvoSphere; your data is still in $prefix/ConvoSphere."
fi
