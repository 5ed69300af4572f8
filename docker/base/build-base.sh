#!/usr/bin/env bash
# Makes the Java runtime base image for networks without Docker Hub: a Debian root filesystem with
# OpenJDK 21's runtime and http-ok (healthchecks without curl), made by debootstrap from the Debian
# mirror this machine's apt already uses, and `docker import`ed. Prints the image's tag. The tag carries
# a digest of this folder, so the image is built once per machine and again when the recipe changes.
set -euo pipefail

SUITE=trixie
# unzip: the air-gapped Elasticsearch image unpacks its zip on this base
PACKAGES=openjdk-21-jre-headless,ca-certificates,unzip
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TAG="feedpipe/jre-base:21-$SUITE-$(cat "$HERE"/* | sha256sum | cut -c1-12)"

if docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "$TAG"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "build-base: debootstrap is needed (apt-get install debootstrap)" >&2; exit 1; }
[[ "$(id -u)" == 0 ]] || { echo "build-base: debootstrap needs root" >&2; exit 1; }

# the first Debian archive apt is configured with (deb822 .sources or one-line .list), else Debian's own
mirror="$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs: *\([^ ]*debian\/\?\)$/\1/p' | head -1)"
if [[ -z "$mirror" ]]; then
  mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\) .*/\2/p' | grep -v security | head -1)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"

arch="$(dpkg --print-architecture)"
rootfs="$(mktemp -d /var/tmp/feedpipe-base.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT
echo "build-base: debootstrap $SUITE ($PACKAGES) from $mirror" >&2
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$rootfs" "$mirror" >&2
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
install -m 0755 "$HERE/http-ok" "$rootfs/usr/local/bin/http-ok"
tar -C "$rootfs" -c . | docker import \
  --change "ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-$arch" \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["bash"]' - "$TAG" >&2
echo "$TAG"
