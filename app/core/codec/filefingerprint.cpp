#include "core/codec/filefingerprint.h"

#include <QHashFunctions>

namespace leadopp::core {

QByteArray fingerprintOf(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size()) + ':'
        + QByteArray::number(quint64(qHashBits(bytes.constData(), size_t(bytes.size()))));
}

} // namespace leadopp::core
