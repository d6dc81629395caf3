#!/usr/bin/env bash
# An OCI image layout holding a busybox image (tag "latest"), from Debian's busybox-static:
#   busybox-layout.sh DIR
# One layer: /bin/busybox, its applets as symlinks, /tmp, /etc/passwd and /etc/group.
set -euo pipefail

layout=${1:?usage: busybox-layout.sh DIR}
busybox=$(command -v busybox)
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT

mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$layout/blobs/sha256"
chmod 1777 "$rootfs/tmp"
cp "$busybox" "$rootfs/bin/busybox"
for applet in sh ls cat echo true false sleep id env mkdir stat; do ln -s busybox "$rootfs/bin/$applet"; done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"

# blob FILE: stores FILE under its digest, prints "sha256:HEX SIZE".
blob() {
    local hex size
    hex=$(sha256sum "$1" | cut -d' ' -f1)
    size=$(stat -c %s "$1")
    mv "$1" "$layout/blobs/sha256/$hex"
    echo "sha256:$hex $size"
}

tar --create --numeric-owner --owner=0 --group=0 --sort=name --mtime=@0 -C "$rootfs" . >"$rootfs.tar"
diff_id=sha256:$(sha256sum "$rootfs.tar" | cut -d' ' -f1)
gzip -n -9 "$rootfs.tar"
read -r layer_digest layer_size < <(blob "$rootfs.tar.gz")

printf '{"architecture":"%s","os":"linux","config":{"Env":["PATH=/bin"],"Cmd":["sh"]},"rootfs":{"type":"layers","diff_ids":["%s"]},"history":[{"created_by":"busybox-layout.sh"}]}' \
    "$(dpkg --print-architecture)" "$diff_id" >"$layout/config.json"
read -r config_digest config_size < <(blob "$layout/config.json")

printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"%s","size":%s}]}' \
    "$config_digest" "$config_size" "$layer_digest" "$layer_size" >"$layout/manifest.json"
read -r manifest_digest manifest_size < <(blob "$layout/manifest.json")

printf '{"imageLayoutVersion":"1.0.0"}' >"$layout/oci-layout"
printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"latest"}}]}' \
    "$manifest_digest" "$manifest_size" >"$layout/index.json"
echo "$layout"
