#!/usr/bin/env bash
# Unpack benchmark (issue 4): the 60,000-file image in 5 layers (tests/bench/pull/make-images.py), read
# from an OCI layout on the local disk, unpacked by ponton-helper (all layers at once, as after a pull),
# `umoci unpack` (one layer after another into a bundle) and `podman pull oci:…` (copies the blobs into
# its storage and unpacks them as overlay layers); `gzip -dc | tar -x` of the layers one after another
# is the floor. Side by side in one run, as root:
#
#   unpack-bench.sh PONTON_UNPACK_BENCH PONTON_HELPER [RUNS]      (or: cmake --build BUILD --target bench-unpack)
#
# UNPACK_BENCH_DIR=/dev/shm measures on tmpfs. Every run unpacks into a new directory (the file system is slow to create files right after a large
# tree is deleted: old trees are deleted only at the end). Printed: median wall time, CPU time (user +
# system, children included) and peak RSS of each, and ponton-helper's ratios to each peer.
set -euo pipefail

bench=${1:?usage: unpack-bench.sh PONTON_UNPACK_BENCH PONTON_HELPER [RUNS]}
helper=${2:?usage: unpack-bench.sh PONTON_UNPACK_BENCH PONTON_HELPER [RUNS]}
runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
# UNPACK_BENCH_DIR: where to work (default /tmp; a tmpfs such as /dev/shm takes the disk out). Short and in
# lower case: podman refuses a runroot over 50 characters and names an oci: image after its path.
work=${UNPACK_BENCH_DIR:-${TMPDIR:-/tmp}}/ubench-$$-$RANDOM
mkdir -p "$work"
cleanup() {
    set +e
    grep " $work/" /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "unpack-bench: run as root (the helper, umoci's owners and podman need it)" >&2; exit 1; }
for tool in python3 /usr/bin/time tar gzip; do
    command -v "$tool" >/dev/null || { echo "unpack-bench: $tool is missing" >&2; exit 1; }
done
tools=(ponton tar)
command -v umoci >/dev/null && tools+=(umoci) || echo "umoci is not installed: left out (PONTON_WITH_PEERS=1 bash scripts/install-deps)" >&2
command -v podman >/dev/null && tools+=(podman) || echo "podman is not installed: left out" >&2

echo "generating the 60,000-file image (5 layers)…" >&2
python3 - "$here/../pull" "$work/image" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("make_images", sys.argv[1] + "/make-images.py")
images = importlib.util.module_from_spec(spec)
spec.loader.exec_module(images)
images.write_image(sys.argv[2], [[(f"data/l{layer}/d{n % 100:02d}/f{n:05d}", 2500) for n in range(12000)]
                                 for layer in range(5)])
PY
layout=$work/image
layers=$(python3 - "$layout" <<'PY'
import json, sys
layout = sys.argv[1]
index = json.load(open(f"{layout}/index.json"))
manifest = json.load(open(f"{layout}/blobs/sha256/" + index["manifests"][0]["digest"].split(":")[1]))
print(" ".join(f"{layout}/blobs/sha256/" + layer["digest"].split(":")[1] for layer in manifest["layers"]))
PY
)

cat >"$work/containers.conf" <<CONF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF

# unpack TOOL DIR: one unpack of the image by TOOL into the new, empty DIR (run under /usr/bin/time).
unpack() {
    local tool=$1 dir=$2
    case $tool in
    ponton) "$bench" "$layout" "$dir/state" "$helper" ;;
    tar) mkdir -p "$dir/rootfs" && for layer in $layers; do gzip -dc "$layer" | tar -x -C "$dir/rootfs"; done ;;
    umoci) umoci unpack --image "$layout:latest" "$dir/bundle" >/dev/null ;;
    podman) CONTAINERS_CONF=$work/containers.conf \
        podman --root "$dir/root" --runroot "$dir/run" --storage-driver overlay pull -q "oci:$layout:latest" >/dev/null ;;
    esac
}
export -f unpack
export bench helper layout layers work

# measure TOOL ROUND: prints "wall cpu rss_kb" of one run.
measure() {
    local tool=$1 dir=$work/runs/$1-$2
    mkdir -p "$dir"
    sync
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' bash -c "unpack $tool $dir" 2>"$work/unpack.err" \
        || { echo "unpack-bench: $tool failed:" >&2; cat "$work/unpack.err" >&2; exit 1; }
    read -r wall user system rss <"$work/time"
    python3 -c "print(f'{$wall:.2f} {$user + $system:.2f} $rss')"
}

declare -A wall cpu rss
for round in $(seq "$runs"); do
    for tool in "${tools[@]}"; do
        sample=$(measure "$tool" "$round")
        echo "round $round: $tool $sample" >&2
        echo "$sample" >>"$work/samples.$tool"
    done
done
for tool in "${tools[@]}"; do
    read -r wall[$tool] cpu[$tool] rss[$tool] <<<"$(sort -n "$work/samples.$tool" | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}')"
done

printf '\n60,000 files in 5 layers, median of %d runs, in %s\n' "$runs" "$(df --output=fstype "$work" | tail -1)"
printf '%-8s %9s %9s %10s %12s %12s\n' tool wall/s cpu/s rss/MB "wall ratio" "cpu ratio"
for tool in "${tools[@]}"; do
    ratio_wall=$(python3 -c "print(f'{${wall[ponton]} / max(${wall[$tool]}, 0.01):.2f}')")
    ratio_cpu=$(python3 -c "print(f'{${cpu[ponton]} / max(${cpu[$tool]}, 0.01):.2f}')")
    printf '%-8s %9s %9s %10s %12s %12s\n' "$tool" "${wall[$tool]}" "${cpu[$tool]}" "$((${rss[$tool]} / 1024))" \
        "$ratio_wall" "$ratio_cpu"
done
echo "(ratios: ponton-helper's over each tool's; below 1 means ponton-helper is faster)"
