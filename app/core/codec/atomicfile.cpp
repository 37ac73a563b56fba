#include "core/codec/atomicfile.h"

#include "core/codec/documentreader.h"
#include "core/codec/filefingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace leadopp::core {

namespace {

FileWriteResult failure(int systemError, const QString &fallback, qint64 written)
{
    FileWriteResult result;
    result.systemError = systemError;
    result.written = written;
    result.reason
        = systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError)) : fallback;
    if (result.reason.isEmpty())
        result.reason = QCoreApplication::translate("FileWriter", "unknown cause");
    return result;
}

// Writes until every byte is in or the system refuses; a positive short count is retried
// for the rest, so the refusal (and its errno) is what ends the loop.
bool writeAll(QSaveFile &file, const QByteArray &bytes, qint64 *written, int *systemError)
{
    while (*written < bytes.size()) {
        errno = 0;
        const qint64 count = file.write(bytes.constData() + *written, bytes.size() - *written);
        if (count <= 0) {
            *systemError = errno;
            return false;
        }
        *written += count;
    }
    return true;
}

} // namespace

bool FileWriteResult::isOutOfSpace() const
{
    return systemError == ENOSPC || systemError == EDQUOT || systemError == EFBIG;
}

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    errno = 0;
    // Unbuffered: a buffered QSaveFile flushes inside commit() and can report success
    // after the system took only part of the bytes.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(errno, file.errorString(), 0);
    qint64 written = 0;
    int systemError = 0;
    if (!writeAll(file, bytes, &written, &systemError)) {
        const QString fallback = file.errorString();
        file.cancelWriting();
        file.commit(); // discards the temporary copy; the target is untouched
        return failure(systemError, fallback, written);
    }
    errno = 0;
    if (!file.commit())
        return failure(errno, file.errorString(), written);
    FileWriteResult result;
    result.ok = true;
    result.written = written;
    return result;
}

FileWriteResult writeDraftFile(const QString &path, const Draft &draft)
{
    const QByteArray bytes = writeDraft(draft);
    FileWriteResult result = writeFileAtomically(path, bytes);
    if (result.ok)
        result.fingerprint = fingerprintOf(bytes);
    return result;
}

QString describeWriteFailure(const QString &path, const FileWriteResult &result)
{
    return QCoreApplication::translate("FileWriter", "Could not write “%1”: %2.")
        .arg(QDir::toNativeSeparators(path), result.reason);
}

} // namespace leadopp::core
