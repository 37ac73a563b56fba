#pragma once

#include "core/codec/exporter.h"
#include "core/codec/patchbody.h"
#include "core/document/draft.h"
#include "core/validation/validator.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::cli {

/// The parser's help text naming the program "leadopp <command>" instead of argv[0].
QString helpText(const QCommandLineParser &parser, const QString &command);

/// Parses a command's arguments with --help and --version. Returns -1 when the command
/// should go on; otherwise the exit code to return at once (help and version printed to
/// stdout: 0; a usage error printed to stderr: 2). `positionals` is the exact number of
/// positional arguments the command takes.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int positionals);

/// Reads any input shape (draft, request body, 400 response, GET response). On failure
/// prints "leadopp <command>: <reason>" to stderr and returns false. `cleanText`, when
/// given, receives the reader's proof for draft.record (see core::CleanTextProof). The
/// reader's warnings go to stderr, and into `warnings` when given. The first call sets the
/// heap up for the file first (prepareHeapForDocument()).
bool readDraftFile(const QString &command, const QString &path, core::Draft &draft,
                   core::CleanTextProof *cleanText = nullptr, QStringList *warnings = nullptr);

/// Keeps `draft` until the process ends, never freeing it: a command calls it on the draft it
/// read when it is done with it and about to exit. The system takes the memory of a big
/// record back at once, where freeing its thousands of rows one by one would be the last
/// thing the command waits for.
void keepUntilExit(core::Draft &&draft);

/// --create forces a POST body; otherwise PATCH when the record has a 3DS id.
core::ExportMode chooseMode(bool create, const QJsonObject &record);

/// The findings of what is sent: a partial update is checked as the body it sends (a
/// section the rep left alone is the server's business, not theirs), everything else as
/// the whole record. `sent` is core::requestObject(draft, mode, scope), made once by the
/// caller, which writes it too. `cleanText` is the reader's proof for draft.record.
QList<core::Finding> findingsOfRequest(const core::Draft &draft, core::ExportMode mode,
                                       core::PatchScope scope, const QJsonObject &sent,
                                       const core::CleanTextProof &cleanText = {});

/// One line per finding: "error  offerLines[0].amount  Offer line 1 · Amount must ...".
QString formatFindings(const QList<core::Finding> &findings);
/// "FILE: 2 error(s), 1 warning(s)." / "FILE: no problems found."
QString summaryLine(const QList<core::Finding> &findings, const QString &file);
/// {"issues": [{"path", "severity", "rule", "message"}], "readWarnings": ["..."]}, indented,
/// newline-terminated; the read warnings are the reader's (a member name given twice, a
/// number rounded), which come before any rule.
QByteArray findingsJson(const QList<core::Finding> &findings, const QStringList &readWarnings);

} // namespace leadopp::cli
