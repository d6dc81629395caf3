#pragma once

#include "common/error.h"
#include "runtime/helperconnection.h"

#include <QJsonObject>

namespace Ponton::Runtime {

// The JSON object a reply carries in a memfd (its "payload" descriptor, PROTOCOL.md): the results of
// rootfs.list and container.changes, which may be larger than one record.
Result<QJsonObject> readPayload(const HelperConnection::Reply &reply);

} // namespace Ponton::Runtime
