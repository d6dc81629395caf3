#!/usr/bin/env bash
# The same Dockerfile built by `ponton build` and `buildah bud --layers`, side by side in one run:
# a cold build, a fully cached rebuild, and a rebuild after one copied file changed. Prints the wall
# times and ponton's ratio to buildah's (goals: cold <= 0.7, cached <= 0.2, one change <= 0.5).
# Run as root: PONTON=path/to/ponton PONTON_HELPER=path/to/ponton-helper bash bench-build.sh [runs]
set -euo pipefail

PONTON=${PONTON:?set PONTON to the ponton binary}
RUNS=${1:-3}
command -v buildah > /dev/null || { echo "buildah is not installed (PONTON_WITH_PEERS=1 bash scripts/install-deps)"; exit 1; }
[ -x /bin/busybox ] || { echo "/bin/busybox is missing (Debian busybox-static)"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ponton-bench-build.XXXXXX")
cleanup() {
    buildah --root "$work/buildah/root" --runroot "$work/buildah/run" rm --all > /dev/null 2>&1 || true
    umount -R "$work/buildah/root/overlay" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }

# A busybox base image, made by ponton from scratch, saved as an OCI archive for buildah.
mkdir -p "$work/rootfs/bin" "$work/rootfs/etc" "$work/rootfs/tmp" "$work/rootfs/root" "$work/base"
cp /bin/busybox "$work/rootfs/bin/busybox"
for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$work/rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$work/rootfs/etc/passwd"
printf 'root:x:0:\n' > "$work/rootfs/etc/group"
tar -C "$work/rootfs" -cf "$work/base/rootfs.tar" .
printf 'FROM scratch\nADD rootfs.tar /\nENV PATH=/bin\nCMD ["sh"]\n' > "$work/base/Dockerfile"
store="$work/ponton-store"
"$PONTON" --root "$store" build -q -t benchbase "$work/base" > /dev/null
"$PONTON" --root "$store" save --format oci -o "$work/base.oci.tar" benchbase

cat > "$work/containers.conf" <<CONF
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF="$work/containers.conf"
buildah_cmd() { buildah --root "$work/buildah/root" --runroot "$work/buildah/run" --storage-driver overlay "$@"; }
buildah_cmd pull -q "oci-archive:$work/base.oci.tar" > "$work/base.id"
buildah_cmd tag "$(cat "$work/base.id")" localhost/benchbase

# The application: 200 small data files, a script, six steps after FROM.
ctx="$work/context"
mkdir -p "$ctx/data"
for i in $(seq 1 200); do head -c 2048 /dev/urandom | base64 > "$ctx/data/file$i.txt"; done
printf '#!/bin/sh\necho version 1\n' > "$ctx/main.sh"
cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM benchbase
ENV APP=/app
WORKDIR /app
COPY data/ /app/data/
RUN cat /app/data/* | wc -c > /app/size.txt
COPY main.sh /app/
RUN sh /app/main.sh > /app/out.txt
CMD ["sh", "/app/main.sh"]
DOCKERFILE

ponton_build() { "$PONTON" --root "$store" build -q "$@" -t benchapp "$ctx" > /dev/null; }
buildah_build() { buildah_cmd bud -q --layers --network host "$@" -t benchapp "$ctx" > /dev/null; }

declare -A total
measure() { # name tool args...
    local name=$1 tool=$2; shift 2
    local start end
    start=$(now); "$tool" "$@"; end=$(now)
    total[$name/$tool]=$(echo "${total[$name/$tool]:-0} + $(elapsed "$start" "$end")" | bc -l)
}

for run in $(seq 1 "$RUNS"); do
    measure cold ponton_build --no-cache
    measure cold buildah_build --no-cache
    measure cached ponton_build
    measure cached buildah_build
    printf '#!/bin/sh\necho version %s\n' "$run$RANDOM" > "$ctx/main.sh"
    measure changed ponton_build
    measure changed buildah_build
done

printf '%-22s %12s %12s %8s %8s\n' "build ($RUNS runs)" "ponton (s)" "buildah (s)" "ratio" "goal"
for name in cold cached changed; do
    p=$(echo "${total[$name/ponton_build]} / $RUNS" | bc -l)
    b=$(echo "${total[$name/buildah_build]} / $RUNS" | bc -l)
    case $name in cold) goal=0.7 ;; cached) goal=0.2 ;; changed) goal=0.5 ;; esac
    printf '%-22s %12.3f %12.3f %8.2f %8s\n' "$name" "$p" "$b" "$(echo "$p / $b" | bc -l)" "$goal"
done
