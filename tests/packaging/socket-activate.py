#!/usr/bin/env python3
"""Starts a service as systemd's socket activation would, for machines without systemd.

    socket-activate.py UNIT.socket UNIT.service

Reads ListenSequentialPacket, SocketUser, SocketGroup, SocketMode and DirectoryMode from the socket unit
and ExecStart and StateDirectory from the service, makes the socket (its directory, owner, group and
mode), then replaces itself by ExecStart with the socket as fd 3 and LISTEN_PID / LISTEN_FDS set,
as systemd passes it. Only what the Ponton units use is understood; anything else is an error.
"""
import grp
import os
import pwd
import shlex
import socket
import sys


def read_unit(path):
    """The unit's Key=Value lines, by section: {"Socket": {"ListenStream": "..."}}."""
    sections, current = {}, None
    with open(path, encoding="utf-8") as unit:
        for number, line in enumerate(unit, 1):
            line = line.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("[") and line.endswith("]"):
                current = sections.setdefault(line[1:-1], {})
            elif "=" in line and current is not None:
                key, value = line.split("=", 1)
                current[key.strip()] = value.strip()
            else:
                sys.exit(f"{path}:{number}: cannot read this line: {line}")
    return sections


def make_socket(settings):
    path = settings.get("ListenSequentialPacket")
    if not path or not path.startswith("/"):
        sys.exit("the socket unit has no absolute ListenSequentialPacket path")
    os.makedirs(os.path.dirname(path), mode=int(settings.get("DirectoryMode", "0755"), 8), exist_ok=True)
    if os.path.exists(path):
        os.unlink(path)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    old = os.umask(0o177)
    listener.bind(path)
    os.umask(old)
    uid = pwd.getpwnam(settings.get("SocketUser", "root")).pw_uid
    gid = grp.getgrnam(settings.get("SocketGroup", "root")).gr_gid
    os.chown(path, uid, gid)
    os.chmod(path, int(settings.get("SocketMode", "0666"), 8))
    listener.listen(64)
    return listener


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    socket_unit = read_unit(sys.argv[1]).get("Socket", {})
    service = read_unit(sys.argv[2]).get("Service", {})
    command = shlex.split(service.get("ExecStart", ""))
    if not command:
        sys.exit(f"{sys.argv[2]}: no ExecStart")
    for directory in service.get("StateDirectory", "").split():
        os.makedirs(os.path.join("/var/lib", directory), mode=0o755, exist_ok=True)
    listener = make_socket(socket_unit)
    if listener.fileno() != 3:
        os.dup2(listener.fileno(), 3, inheritable=True)
    else:
        os.set_inheritable(3, True)
    environment = dict(os.environ, LISTEN_PID=str(os.getpid()), LISTEN_FDS="1")
    os.execve(command[0], command, environment)


if __name__ == "__main__":
    main()
