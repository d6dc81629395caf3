#!/usr/bin/env bash
# Pull benchmark (issue 3): `ponton pull` against `skopeo copy docker://… oci:DIR`, `podman pull` and,
# when dockerd can be started, `docker pull`, of the same images from the same loopback registry,
# side by side in one run. Run as root (podman and dockerd need it), by hand or with `bench-pull`:
#   bash tests/bench/pull/pull-bench.sh PONTON [RUNS]
# Images, generated once per run from random bytes (so gzip cannot shrink them):
#   busybox    Debian's busybox-static, one layer
#   files-60k  60,000 files in 5 layers, about 150 MB
#   layer-500m one layer of about 500 MB
# Each tool pulls each image RUNS times (default 3; busybox 3 x RUNS) into an empty store; the median run
# is reported:
# wall time, CPU time (user + system, the tool and its children) and peak RSS (the largest process).
# Ponton's figures include the helper its pull started (a daemon, not a child), stopped after each run.
# PONTON_BENCH_CACHES=warm keeps the page cache between runs (a tool run again, as users do); the
# default drops it before each run.
# Ratios are Ponton's over each peer's. Goals: ponton wall <= 0.5 x podman's, peak RSS < 100 MB for
# layer-500m.
set -euo pipefail

built=$(realpath "${1:?usage: pull-bench.sh PONTON [RUNS]}")
runs=${2:-3}
# busybox takes a fraction of a second, where one run's disk or scheduling hiccup moves a median of three:
# it runs three times as often.
busybox_runs=$((runs * 3))
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pbench.XXXXXX")  # short: podman refuses a runroot over 50 characters
registry_pid=
dockerd_pid=
cleanup() {
    set +e
    [ -n "$dockerd_pid" ] && kill "$dockerd_pid" 2>/dev/null && wait "$dockerd_pid" 2>/dev/null
    [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null && wait "$registry_pid" 2>/dev/null
    # podman's and dockerd's overlay mounts under the work directory.
    grep " $work/" /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "pull-bench: run as root (podman and dockerd need it)" >&2; exit 1; }
for tool in docker-registry skopeo python3 strip /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "pull-bench: $tool is not installed" >&2; exit 1; }
done

# Ponton runs as its package installs it: `ponton` (the launcher) and `ponton-helper` side by side in
# bin/, the CLI's module in lib/ponton/, stripped like the peers' Debian binaries. A RelWithDebInfo build
# keeps its DWARF inside the programs (about 90 MB for the module, 25 MB for the helper), and a cold start
# reads part of it from disk along with the code (the kernel reads ahead around each page fault).
build_dir=$(dirname "$built")
module=$build_dir/ponton-cli.so
[ -f "$module" ] || { echo "pull-bench: no ponton-cli.so beside $built" >&2; exit 1; }
helper=$build_dir/ponton-helper
[ -x "$helper" ] || helper=$build_dir/../runtime/ponton-helper
[ -x "$helper" ] || { echo "pull-bench: no ponton-helper beside $built or in ../runtime" >&2; exit 1; }
mkdir -p "$work/bin" "$work/lib/ponton"
strip -o "$work/bin/ponton" "$built"
strip -o "$work/lib/ponton/ponton-cli.so" "$module"
strip -o "$work/bin/ponton-helper" "$helper"
ponton=$work/bin/ponton

# PONTON_BENCH_IMAGES=DIR keeps the generated images there for the next run.
images_dir=${PONTON_BENCH_IMAGES:-$work/images}
if [ ! -f "$images_dir/layer-500m/index.json" ]; then
    echo "generating the images in $images_dir"
    rm -rf "$images_dir"
    python3 "$here/make-images.py" "$images_dir" >/dev/null
    bash "$source_dir/tests/packaging/busybox-layout.sh" "$images_dir/busybox" >/dev/null
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
registry=127.0.0.1:$port
mkdir -p "$work/registry"
printf 'version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: %s\n' \
    "$work/registry/storage" "$registry" >"$work/registry/config.yml"
docker-registry serve "$work/registry/config.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 100); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://$registry/v2/')" 2>/dev/null && break
    sleep 0.1
done
images=(busybox files-60k layer-500m)
for image in "${images[@]}"; do
    skopeo copy --quiet --dest-tls-verify=false "oci:$images_dir/$image:latest" "docker://$registry/bench/$image:latest"
done

# Peers' settings: podman with runc and cgroupfs and its own roots; dockerd with its own roots.
cat >"$work/containers.conf" <<EOF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
[containers]
netns = "host"
EOF
cat >"$work/registries.conf" <<EOF
[[registry]]
location = "$registry"
insecure = true
EOF
tools=(ponton skopeo)
command -v podman >/dev/null && tools+=(podman)
if command -v dockerd >/dev/null && command -v docker >/dev/null; then
    mkdir -p "$work/docker"
    dockerd --data-root "$work/docker/data" --exec-root "$work/docker/exec" -H "unix://$work/docker/docker.sock" \
        --pidfile "$work/docker/docker.pid" --insecure-registry "$registry" --storage-driver overlay2 \
        --iptables=false --ip6tables=false --bridge=none >"$work/docker/dockerd.log" 2>&1 &
    dockerd_pid=$!
    for _ in $(seq 150); do docker -H "unix://$work/docker/docker.sock" info >/dev/null 2>&1 && break; sleep 0.2; done
    if docker -H "unix://$work/docker/docker.sock" info >/dev/null 2>&1; then
        tools=(ponton skopeo podman docker)
        [ -x /usr/bin/podman ] || tools=(ponton skopeo docker)
    else
        echo "dockerd did not start (see below); docker left out" >&2
        tail -5 "$work/docker/dockerd.log" >&2
        kill "$dockerd_pid" 2>/dev/null; wait "$dockerd_pid" 2>/dev/null || true
        dockerd_pid=
    fi
fi

# pull TOOL IMAGE DIR: one pull of IMAGE by TOOL into the empty DIR (run under /usr/bin/time).
pull() {
    local tool=$1 image=$2 dir=$3 reference=$registry/bench/$2:latest
    case $tool in
    ponton) PONTON_REGISTRY_CONFIG=$work/no-registries.json "$ponton" --root "$dir" pull -q "$reference" ;;
    skopeo) skopeo copy --quiet --src-tls-verify=false "docker://$reference" "oci:$dir:latest" ;;
    podman) CONTAINERS_CONF=$work/containers.conf CONTAINERS_REGISTRIES_CONF=$work/registries.conf \
        podman --root "$dir/root" --runroot "$dir/run" --storage-driver overlay pull -q "$reference" ;;
    docker) docker -H "unix://$work/docker/docker.sock" pull -q "$reference" ;;
    esac
}

export -f pull
export registry work ponton

# measure TOOL IMAGE: prints "wall cpu rss_kb" of one run.
measure() {
    local tool=$1 image=$2 dir=$work/s/$1-$2
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$tool" = docker ]; then
        docker -H "unix://$work/docker/docker.sock" rmi -f "$registry/bench/$image:latest" >/dev/null 2>&1 || true
    fi
    sync
    # Cold by default: every tool starts with its programs and libraries out of the page cache.
    [ "${PONTON_BENCH_CACHES:-cold}" = warm ] || echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
    # Wall time to the millisecond (time's %e has centiseconds, too coarse for busybox's tenth of a second).
    local started ended elapsed user system rss
    started=$(date +%s%N)
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' bash -c "pull $tool $image $dir" >/dev/null 2>"$work/pull.err" \
        || { echo "pull-bench: $tool failed to pull $image:" >&2; cat "$work/pull.err" >&2; exit 1; }
    ended=$(date +%s%N)
    read -r _ user system rss <"$work/time"
    elapsed=$(((ended - started) / 1000000))e-3
    if [ "$tool" = docker ]; then
        # The work happens in dockerd: its CPU time is what this pull added to the daemon's.
        rss=$(awk '/VmHWM/ {print $2}' "/proc/$dockerd_pid/status")
    fi
    if [ "$tool" = ponton ]; then
        # The helper this pull started unpacked the layers; it detached, so /usr/bin/time did not wait for
        # it: its CPU time (and its children's) and its peak RSS count too, and it is stopped so that the
        # next run starts with none in memory.
        local helper_pid helper_rss helper_ticks ticks
        ticks=$(getconf CLK_TCK)
        for helper_pid in $(pgrep -f -- "--state-dir $dir/runtime" || true); do
            helper_rss=$(awk '/VmHWM/ {print $2}' "/proc/$helper_pid/status" 2>/dev/null || true)
            [ "${helper_rss:-0}" -gt "$rss" ] && rss=$helper_rss
            helper_ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$helper_pid/stat" 2>/dev/null || echo 0)
            user=$(python3 -c "print($user + ${helper_ticks:-0} / $ticks)")
            kill "$helper_pid" 2>/dev/null || true
        done
    fi
    rm -rf "$dir"
    python3 -c "print(f'{$elapsed:.3f} {$user + $system:.2f} $rss')"
}

declare -A wall cpu rss
for image in "${images[@]}"; do
    for tool in "${tools[@]}"; do
        count=$runs
        [ "$image" = busybox ] && count=$busybox_runs
        samples=()
        for _ in $(seq "$count"); do samples+=("$(measure "$tool" "$image")"); done
        median=$(printf '%s\n' "${samples[@]}" | sort -n | sed -n "$(((count + 1) / 2))p")
        read -r wall[$tool.$image] cpu[$tool.$image] rss[$tool.$image] <<<"$median"
    done
done

echo
echo "Pull from a loopback registry (${PONTON_BENCH_CACHES:-cold} caches), median of $runs runs, busybox $busybox_runs (wall s, CPU s, peak RSS MB; ratio = ponton / peer)"
printf '%-11s %-7s %8s %8s %9s %10s %10s\n' IMAGE TOOL WALL CPU RSS_MB WALL_RATIO CPU_RATIO
for image in "${images[@]}"; do
    for tool in "${tools[@]}"; do
        key=$tool.$image
        ratio_wall=$(python3 -c "print(f'{${wall[ponton.$image]} / max(${wall[$key]}, 0.01):.2f}')")
        ratio_cpu=$(python3 -c "print(f'{${cpu[ponton.$image]} / max(${cpu[$key]}, 0.01):.2f}')")
        printf '%-11s %-7s %8s %8s %9s %10s %10s\n' "$image" "$tool" "${wall[$key]}" "${cpu[$key]}" \
            "$((${rss[$key]} / 1024))" "$ratio_wall" "$ratio_cpu"
    done
done
[ "$dockerd_pid" ] && echo "docker: CPU is the docker client's only; RSS is dockerd's peak over the whole run"
echo
status=0
if [[ " ${tools[*]} " == *" podman "* ]]; then
    for image in "${images[@]}"; do
        verdict=$(python3 -c "print('met' if ${wall[ponton.$image]} <= 0.5 * ${wall[podman.$image]} else 'MISSED')")
        echo "goal wall <= 0.5 x podman, $image: $verdict"
    done
fi
rss_mb=$((${rss[ponton.layer-500m]} / 1024))
if [ "$rss_mb" -lt 100 ]; then echo "goal peak RSS < 100 MB, layer-500m: met ($rss_mb MB)"; else
    echo "goal peak RSS < 100 MB, layer-500m: MISSED ($rss_mb MB)"; status=1; fi
exit $status
