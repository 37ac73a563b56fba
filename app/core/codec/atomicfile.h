#pragma once

#include <QByteArray>
#include <QString>

namespace leadopp::core {

struct Draft;

/// What became of one atomic file write.
struct FileWriteResult {
    bool ok = false;
    int systemError = 0;    ///< errno of the call that failed; 0 on success or when unknown
    QString reason;         ///< the cause in words ("No space left on device"); empty on success
    qint64 written = 0;     ///< bytes the system accepted before it failed
    QByteArray fingerprint; ///< fingerprintOf() the bytes written (writeDraftFile, on success)

    /// The disk (or the process's file size limit) is full: a server says 507.
    bool isOutOfSpace() const;
    static FileWriteResult success()
    {
        FileWriteResult result;
        result.ok = true;
        return result;
    }
};

/// The one way this program replaces a file: every byte is written without buffering and
/// its count checked (a short write is a failure, not a success), then the copy is synced
/// and renamed over the target. On any failure the previous file stays as it was and
/// `reason` names the cause from errno, because QSaveFile's own text is often
/// "Unknown error" and its buffered writes can drop a short write unnoticed.
FileWriteResult writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Writes a draft file (writeDraft's bytes) the one way above; the editor and the command
/// line both save drafts through here.
FileWriteResult writeDraftFile(const QString &path, const Draft &draft);

/// "Could not write “PATH”: REASON." (translated, context "FileWriter").
QString describeWriteFailure(const QString &path, const FileWriteResult &result);

} // namespace leadopp::core
