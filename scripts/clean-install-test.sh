#!/usr/bin/env bash
# Install the Debian package on a clean Debian 12 (a minbase debootstrap chroot), check
# `--version` and the file association, then remove it and list any file left behind.
# Needs root, debootstrap and the network to deb.debian.org; run scripts/package.sh first.
#   sudo bash scripts/clean-install-test.sh [CHROOT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-/var/tmp/codi-clean-bookworm}
deb=$(ls dist/codi-workshop_*.deb | head -1)
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT
cat > "$root/tmp/t.sh" <<INNER
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# What a desktop already has and a minimal system lacks.
apt-get install -y -qq --no-install-recommends xdg-utils shared-mime-info desktop-file-utils >/dev/null
apt-get install -y -qq ./tmp/$(basename "$deb") >/dev/null
codi-workshop --version
echo "xdg-mime query default application/x-codi-workspace: \$(xdg-mime query default application/x-codi-workspace)"
dpkg -L codi-workshop > /tmp/files.txt
echo "files installed: \$(wc -l < /tmp/files.txt)"
apt-get remove -y -qq codi-workshop >/dev/null
left=0
while read -r f; do if [ -f "\$f" ]; then echo "left behind: \$f"; left=\$((left + 1)); fi; done < /tmp/files.txt
echo "files left after apt remove: \$left"
[ "\$left" -eq 0 ]
INNER
chroot "$root" bash /tmp/t.sh
