#!/usr/bin/env python3
"""Writes the pull benchmark's generated images as OCI image layouts (tag "latest"):

    make-images.py DIR     ->  DIR/files-60k (60,000 files in 5 layers, ~150 MB)
                               DIR/layer-500m (one layer of ~500 MB)

File contents are random bytes, so the gzip-compressed layers are as large as their contents.
"""
import gzip
import hashlib
import io
import json
import os
import platform
import sys
import tarfile

ARCH = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


class DigestWriter(io.RawIOBase):
    """A file that hashes what is written to it."""

    def __init__(self, path):
        self.file = open(path, "wb")
        self.hash = hashlib.sha256()
        self.size = 0

    def writable(self):
        return True

    def write(self, data):
        self.hash.update(data)
        self.size += len(data)
        return self.file.write(data)

    def close(self):
        self.file.close()
        super().close()


class RandomBytes(io.RawIOBase):
    """`size` random bytes, read in chunks (the 500 MB file is never whole in memory)."""

    def __init__(self, size):
        self.left = size

    def readable(self):
        return True

    def read(self, n=-1):
        n = self.left if n is None or n < 0 else min(n, self.left)
        self.left -= n
        return os.urandom(n)


def add_blob(layout, data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(layout, "blobs", "sha256", digest), "wb") as blob:
        blob.write(data)
    return {"digest": "sha256:" + digest, "size": len(data)}


def write_layer(layout, members):
    """members: (path, size) pairs of random files. Returns the layer's descriptor and diff_id."""
    temporary = os.path.join(layout, "layer.tmp")
    compressed = DigestWriter(temporary)
    uncompressed_hash = hashlib.sha256()

    class Tee(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            uncompressed_hash.update(data)
            return gzipped.write(data)

    gzipped = gzip.GzipFile(fileobj=compressed, mode="wb", compresslevel=1, mtime=0)
    with tarfile.open(fileobj=Tee(), mode="w|", format=tarfile.PAX_FORMAT) as tar:
        directories = set()
        for path, size in members:
            parent = os.path.dirname(path)
            if parent and parent not in directories:
                directories.add(parent)
                info = tarfile.TarInfo(parent)
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            info = tarfile.TarInfo(path)
            info.size, info.mode = size, 0o644
            tar.addfile(info, RandomBytes(size))
    gzipped.close()
    compressed.close()
    digest = compressed.hash.hexdigest()
    os.rename(temporary, os.path.join(layout, "blobs", "sha256", digest))
    descriptor = {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip",
                  "digest": "sha256:" + digest, "size": compressed.size}
    return descriptor, "sha256:" + uncompressed_hash.hexdigest()


def write_image(layout, layers):
    os.makedirs(os.path.join(layout, "blobs", "sha256"), exist_ok=True)
    descriptors, diff_ids = [], []
    for members in layers:
        descriptor, diff_id = write_layer(layout, members)
        descriptors.append(descriptor)
        diff_ids.append(diff_id)
    config = {"architecture": ARCH, "os": "linux", "config": {"Cmd": ["sh"]},
              "rootfs": {"type": "layers", "diff_ids": diff_ids},
              "history": [{"created_by": "make-images.py"} for _ in layers]}
    config_descriptor = add_blob(layout, json.dumps(config).encode())
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": dict(config_descriptor, mediaType="application/vnd.oci.image.config.v1+json"),
                "layers": descriptors}
    manifest_descriptor = add_blob(layout, json.dumps(manifest).encode())
    index = {"schemaVersion": 2, "manifests": [dict(manifest_descriptor,
             mediaType="application/vnd.oci.image.manifest.v1+json",
             annotations={"org.opencontainers.image.ref.name": "latest"})]}
    with open(os.path.join(layout, "index.json"), "w") as file:
        json.dump(index, file)
    with open(os.path.join(layout, "oci-layout"), "w") as file:
        json.dump({"imageLayoutVersion": "1.0.0"}, file)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    # 5 layers of 12,000 files of 2,500 bytes in 100 folders: 60,000 files, 150 MB.
    write_image(os.path.join(root, "files-60k"),
                [[(f"data/l{layer}/d{n % 100:02d}/f{n:05d}", 2500) for n in range(12000)] for layer in range(5)])
    write_image(os.path.join(root, "layer-500m"), [[("data/blob.bin", 500 * 1000 * 1000)]])
    print(root)


if __name__ == "__main__":
    main()
