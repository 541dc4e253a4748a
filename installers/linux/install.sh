#!/bin/sh
# Install ConvoSphere for this user from the unpacked tarball: a `convosphere` command in
# ~/.local/bin, the menu entry and the icon. Nothing is written outside ~/.local; the app
# keeps its data in ~/.local/share/ConvoSphere (uninstall.sh leaves it there).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
bin=${HOME}/.local/bin
mkdir -p "$bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
ln -sf "$here/convosphere" "$bin/convosphere"
sed "s|^Exec=convosphere|Exec=$here/convosphere|; s|^TryExec=convosphere|TryExec=$here/convosphere|" \
    "$here/convosphere.desktop" > "$prefix/applications/convosphere.desktop"
cp "$here/convosphere.png" "$prefix/icons/hicolor/256x256/apps/convosphere.png"
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/applications" || true
echo "Installed: $bin/convosphere and the ConvoSphere menu entry."
