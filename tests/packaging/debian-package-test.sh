#!/usr/bin/env bash
# The Debian package, installed and used as an ordinary desktop user would (issue 7). Run by .ci/run
# after ctest, as root, on a built tree:
#   bash tests/packaging/debian-package-test.sh BUILD_DIR
# It builds the .deb with CPack, checks its contents and dependencies, installs it, makes one user in
# the "ponton" group and one outside it, starts the installed helper on its socket as systemd would
# (from the installed units: the socket made with its mode and group, passed as fd 3 with LISTEN_FDS),
# and runs `ponton pull` and `ponton images` (and `run` and `commit` when the CLI has them) as the
# member against a loopback registry, then `ponton diff` of the container and a `ponton build` (RUN, COPY,
# COPY --from another stage, --chown by name) whose image is checked by running it: all of them read
# the helper's snapshots and upper dirs through the helper, as the member cannot read its state folder.
# The outsider is refused. Everything is undone at the end.
# Without root, dpkg or docker-registry it prints why and exits 0 (skipped).
set -euo pipefail

build_dir=$(cd "${1:?usage: debian-package-test.sh BUILD_DIR}" && pwd)
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
member=ponton-ci-member
outsider=ponton-ci-outsider

skip() { echo "SKIP debian-package-test: $*"; exit 0; }
fail() { echo "FAIL debian-package-test: $*" >&2; exit 1; }
step() { echo "--- $*"; }

[ "$(id -u)" = 0 ] || skip "needs root (installs a package and creates users)"
for tool in cpack dpkg-deb dpkg docker-registry skopeo python3 runuser busybox; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done
if dpkg -s ponton >/dev/null 2>&1; then
    skip "a ponton package is already installed on this machine; not replacing it"
fi

work=$(mktemp -d)
group_existed=false
getent group ponton >/dev/null && group_existed=true
helper_pid=
registry_pid=
cleanup() {
    set +e
    [ -n "$helper_pid" ] && kill "$helper_pid" 2>/dev/null && wait "$helper_pid" 2>/dev/null
    [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null && wait "$registry_pid" 2>/dev/null
    dpkg --purge ponton >/dev/null 2>&1
    for user in "$member" "$outsider"; do
        id "$user" >/dev/null 2>&1 && userdel -r "$user" >/dev/null 2>&1
    done
    [ "$group_existed" = false ] && getent group ponton >/dev/null && groupdel ponton 2>/dev/null
    rm -rf /run/ponton /var/lib/ponton/helper "$work"
}
trap cleanup EXIT

step "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/package" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/package/ponton_*.deb)
echo "built $(basename "$deb")"

step "package contents and dependencies"
dpkg-deb --contents "$deb" >"$work/contents"
for file in ./usr/bin/ponton ./usr/lib/ponton/ponton-cli.so ./usr/bin/ponton-desktop ./usr/bin/ponton-helper \
    ./usr/lib/systemd/system/ponton-helper.socket ./usr/lib/systemd/system/ponton-helper.service \
    ./usr/lib/sysusers.d/ponton.conf ./usr/share/polkit-1/actions/io.ponton.helper.policy \
    ./usr/share/applications/io.ponton.Ponton.desktop ./usr/share/metainfo/io.ponton.Ponton.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.ponton.Ponton.svg ./usr/share/icons/hicolor/48x48/apps/io.ponton.Ponton.png \
    ./usr/share/icons/hicolor/256x256/apps/io.ponton.Ponton.png ./usr/share/man/man1/ponton.1.gz; do
    grep -q " $file\$" "$work/contents" || fail "the package lacks $file"
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for library in libqt6core6 libqt6network6 libqt6widgets6 libarchive13 libssl3 libc6; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library (shlibdeps)"
done

step "install"
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
getent group ponton >/dev/null || fail "the package's postinst made no ponton group"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/io.ponton.Ponton.metainfo.xml || fail "appstreamcli validate refused the metainfo"
fi
man -l /usr/share/man/man1/ponton.1.gz >/dev/null 2>&1 || zcat /usr/share/man/man1/ponton.1.gz | grep -q '^\.TH PONTON 1' \
    || fail "the man page does not read"
grep -q '^Exec=ponton-desktop$' /usr/share/applications/io.ponton.Ponton.desktop || fail "the desktop entry does not start ponton-desktop"

step "users"
useradd --create-home --groups ponton "$member"
useradd --create-home "$outsider"

step "the helper, started from the installed units as systemd would"
python3 "$source_dir/tests/packaging/socket-activate.py" /usr/lib/systemd/system/ponton-helper.socket \
    /usr/lib/systemd/system/ponton-helper.service >"$work/helper.log" 2>&1 &
helper_pid=$!
for _ in $(seq 100); do [ -S /run/ponton/helper.sock ] && break; sleep 0.1; done
[ -S /run/ponton/helper.sock ] || { cat "$work/helper.log"; fail "no socket at /run/ponton/helper.sock"; }
mode=$(stat -c '%a %U %G' /run/ponton/helper.sock)
[ "$mode" = "660 root ponton" ] || fail "socket is $mode, not 660 root ponton"

step "a loopback registry with a busybox image"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/registry"
cat >"$work/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $work/registry/storage
http:
  addr: 127.0.0.1:$port
EOF
docker-registry serve "$work/registry/config.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 100); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/v2/')" 2>/dev/null && break; sleep 0.1; done
bash "$source_dir/tests/packaging/busybox-layout.sh" "$work/busybox-layout" >/dev/null
skopeo copy --quiet --dest-tls-verify=false "oci:$work/busybox-layout:latest" "docker://127.0.0.1:$port/busybox:latest" \
    || fail "skopeo could not push the busybox image"
image=127.0.0.1:$port/busybox:latest

as_user() { # USER COMMAND... in the user's own login environment
    local user=$1; shift
    runuser -u "$user" -- env -i HOME="$(getent passwd "$user" | cut -d: -f6)" USER="$user" LC_ALL=C.UTF-8 \
        PATH=/usr/bin:/bin "$@"
}

step "ponton pull and images as $member"
as_user "$member" ponton pull "$image" | tee "$work/pull.out"
grep -q "^Status: Downloaded newer image for $image\$" "$work/pull.out" || fail "pull did not download"
as_user "$member" ponton images | tee "$work/images.out"
grep -q "^127.0.0.1:$port/busybox  *latest " "$work/images.out" || fail "images does not list the pulled image"
store=$(getent passwd "$member" | cut -d: -f6)/.local/share/ponton
[ "$(stat -c %U "$store")" = "$member" ] || fail "the member's store $store is not theirs"

if ponton run --help >/dev/null 2>&1; then
    step "ponton run and commit as $member"
    out=$(as_user "$member" ponton run --name pkg-test "$image" sh -c 'echo from-the-package > /marker; cat /marker') \
        || fail "run failed: $out"
    [ "$out" = from-the-package ] || fail "run printed '$out'"
    step "ponton diff as $member"
    as_user "$member" ponton diff pkg-test | tee "$work/diff.out"
    grep -qx "A /marker" "$work/diff.out" || fail "diff does not show the added /marker"
    if ponton commit --help >/dev/null 2>&1; then
        as_user "$member" ponton commit pkg-test 127.0.0.1:$port/busybox:committed || fail "commit failed"
        as_user "$member" ponton images | grep -q "busybox  *committed " || fail "the committed image is not listed"
    fi

    step "ponton build as $member (RUN, COPY --chown by name, COPY --from a stage)"
    context=$(getent passwd "$member" | cut -d: -f6)/build-context
    mkdir -p "$context"
    echo hello-from-the-context >"$context/hello.txt"
    cat >"$context/Dockerfile" <<DOCKERFILE
FROM $image AS base
RUN echo from-the-base-stage > /from-base.txt
FROM $image
RUN echo 'app:x:1234:2345::/home/app:/bin/sh' >> /etc/passwd && echo 'app:x:2345:' >> /etc/group && mkdir /srv
COPY --chown=app:app hello.txt /srv/
COPY --from=base /from-base.txt /srv/copied.txt
CMD ["sh", "-c", "stat -c %u:%g /srv/hello.txt; cat /srv/hello.txt /srv/copied.txt"]
DOCKERFILE
    chown -R "$member:" "$context"
    as_user "$member" ponton build -t pkg-built:1 "$context" >"$work/build.out" 2>&1 || { cat "$work/build.out"; fail "build failed"; }
    tail -n 3 "$work/build.out"
    grep -q "^Successfully tagged pkg-built:1" "$work/build.out" || fail "build did not tag pkg-built:1"
    out=$(as_user "$member" ponton run --rm pkg-built:1) || fail "running the built image failed: $out"
    expected=$'1234:2345\nhello-from-the-context\nfrom-the-base-stage'
    [ "$out" = "$expected" ] || fail "the built image holds '$out', not '$expected'"
    step "$outsider is refused"
    as_user "$outsider" ponton pull -q "$image" >/dev/null || fail "$outsider could not pull into their own store"
    if out=$(as_user "$outsider" ponton run "$image" true 2>&1); then fail "$outsider could run a container"; fi
    echo "$out"
    grep -q "usermod -aG ponton" <<<"$out" || fail "the refusal does not say how to join the ponton group: $out"
else
    echo "ponton has no run verb yet: run and commit not tested"
fi

step "$outsider cannot open the helper's socket"
if as_user "$outsider" python3 -c '
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
try:
    s.connect("/run/ponton/helper.sock")
except PermissionError:
    sys.exit(1)
'; then fail "$outsider connected to the helper's socket"; fi
as_user "$member" python3 -c '
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.connect("/run/ponton/helper.sock")
' || fail "$member cannot connect to the helper's socket"

echo "PASS debian-package-test"
