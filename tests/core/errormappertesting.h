#pragma once

#include "core/errors/errormapper.h"
#include "testsupport.h"

#include <QStringList>

namespace leadopp::test {

/// The realistic record every error-mapper test resolves against: two offer lines, one
/// customer contact, one partner contact, four reasons lost.
inline QJsonObject mapperRecord()
{
    static const QJsonObject record = parseObject(readData(QStringLiteral("errors/record.json")));
    return record;
}

/// "exact:offerLines[1].amount", "record:" ... one per mapped error, in order.
inline QStringList landings(const core::MappedErrors &mapped)
{
    QStringList out;
    for (const core::FieldError &error : mapped.errors)
        out.append(core::matchKindName(error.match) + u':' + error.path);
    return out;
}

/// A body given inline, or "file:name.json" under tests/data/errors.
inline QByteArray bodyOf(const char *text)
{
    const QByteArray bytes(text);
    return bytes.startsWith("file:")
        ? readData(QStringLiteral("errors/") + QString::fromUtf8(bytes.mid(5)))
        : bytes;
}

} // namespace leadopp::test
