#pragma once

#include <QByteArray>

namespace leadopp::core {

/// A fingerprint of a file's bytes: tells whether a file still holds what was read from it
/// or written to it. Fingerprints are only compared with earlier ones of the same process,
/// so a fast non-cryptographic hash does (SHA-256 of a big draft took 4 ms at each open and
/// save). Taken of the very bytes read or written, it also sees a change made between the
/// read and the moment the file is watched.
QByteArray fingerprintOf(const QByteArray &bytes);

} // namespace leadopp::core
