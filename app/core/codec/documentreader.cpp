#include "core/codec/documentreader.h"

#include "core/codec/codecdraftformat.h"
#include "core/codec/filefingerprint.h"
#include "core/codec/indentedjson.h"
#include "core/codec/readerparse.h"
#include "core/codec/readershapes.h"
#include "core/codec/recordnormaliser.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <memory>

namespace leadopp::core {

namespace {

// A file that cannot be a document is refused before any byte is read.
QString fileError(const QFileInfo &info)
{
    const QString name = QDir::toNativeSeparators(info.filePath());
    if (!info.exists())
        return QCoreApplication::translate("DocumentReader", "The file “%1” does not exist.")
            .arg(name);
    if (info.isDir())
        return QCoreApplication::translate("DocumentReader", "“%1” is a folder, not a file.")
            .arg(name);
    if (info.size() > kMaxDocumentBytes) {
        return QCoreApplication::translate(
                   "DocumentReader",
                   "The file “%1” is too large (%2 MB); a lead opportunity file holds at most %3 "
                   "MB.")
            .arg(name)
            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(kMaxDocumentBytes / (1024 * 1024));
    }
    return QString();
}

ReadResult readFile(const QString &path, Fingerprint fingerprint, ParseSplit split)
{
    const QFileInfo info(path);
    const QString error = fileError(info);
    if (!error.isEmpty())
        return readFailure(error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return readFailure(
            QCoreApplication::translate("DocumentReader", "The file “%1” cannot be read: %2.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // The buffer is sized to the file, not to the limit (32 MB asked of the allocator on
    // every open); a file that grew since the check is read on, one byte past the limit,
    // so that it is still refused.
    QByteArray bytes = file.read(qMin(file.size(), kMaxDocumentBytes) + 1);
    if (!file.atEnd() && bytes.size() <= kMaxDocumentBytes)
        bytes += file.read(kMaxDocumentBytes + 1 - bytes.size());
    ReadResult result = readDocument(bytes, split);
    if (fingerprint == Fingerprint::Take)
        result.fingerprint = fingerprintOf(bytes);
    return result;
}

} // namespace

ReadResult readDocument(const QByteArray &bytes, ParseSplit split)
{
    const ParsedObject parsed = parseObjectText(bytes, split);
    if (!parsed.ok)
        return readFailure(parsed.error);
    // Repeated member names of a big text are looked for on a second thread while the draft
    // is built: both only read the parsed object and its text. Where no name can repeat,
    // what is left, the look for long digit runs (71 µs on the 1 MB draft), costs about what
    // starting and joining a thread does (51 µs) and leaves the second core to validation.
    QStringList warnings;
    const auto lookForRepeats = [&warnings, &parsed] { warnings = readWarnings(parsed); };
    std::unique_ptr<QThread> repeats;
    if (parsed.text.size() >= kBytesWorthASecondThread && !parsed.keepsEveryMember) {
        repeats.reset(QThread::create(lookForRepeats));
        repeats->start();
    } else {
        lookForRepeats();
    }
    ReadResult result = readShape(parsed.object, bytes, parsed.namesNeedNoRenaming);
    if (repeats)
        repeats->wait();
    if (!result.ok)
        return result;
    result.warnings = warnings;
    const QString shapeError = recordShapeError(result.draft.record);
    if (!shapeError.isEmpty())
        return readFailure(shapeError);
    if (!parsed.mayHoldFlawedText)
        result.cleanText = CleanTextProof::vouchFor(result.draft.record);
    return result;
}

ReadResult readDocumentFile(const QString &path, Fingerprint fingerprint, ParseSplit split)
{
    ReadResult result = readFile(path, fingerprint, split);
    qCDebug(lcCore).noquote() << "read" << path
                              << (result.ok ? QStringLiteral("as a document") : result.error);
    return result;
}

QByteArray writeDraft(const Draft &draft)
{
    return toIndentedJson(draftformat::toJson(draft));
}

} // namespace leadopp::core
