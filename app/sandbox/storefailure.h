#pragma once

#include "core/codec/atomicfile.h"
#include "sandbox/apireply.h"

namespace leadopp::sandbox {

/// The answer when a create or update could not be written to the store file: 507
/// (Insufficient Storage) when the disk is full, else 500. Never a 2xx: the change was not
/// kept. The body names the cause but never the file's path.
ApiReply storeFailureReply(const core::FileWriteResult &write);

} // namespace leadopp::sandbox
