#pragma once

// The exec monitor: one process per container.exec (ponton-helper --exec-monitor DIR ID EXEC),
// started detached like the container's monitor. It opens the namespaces and root of the running
// container's init, joins its PID namespace, forks the exec process (execprocess.h), puts it in the
// container's cgroups, reports its pid (and the PTY master) on the control socket (fd 3), then
// records its exit code in containers/<id>/execs/<exec>.json.

namespace ponton::helper {

int runExecMonitor(const char *stateDir, const char *id, const char *execId);

} // namespace ponton::helper
