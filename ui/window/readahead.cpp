#include "ui/window/readahead.h"

#include <QFileInfo>

namespace leadopp::ui {

struct ReadAhead::File {
    /// What tells a file's contents changed without reading it: size and modification
    /// time, taken before the read, so a change during the read shows as well.
    struct Stamp {
        qint64 size = -1;
        QDateTime modified;

        static Stamp of(const QString &path)
        {
            const QFileInfo info(path);
            return { info.size(), info.lastModified() };
        }
        bool operator==(const Stamp &other) const
        {
            return size == other.size && modified == other.modified;
        }
    };

    QString path; ///< absolute
    Stamp stamp;
    std::promise<core::ReadResult> read;
    std::promise<RecordValidation> validated;
    std::shared_future<core::ReadResult> readFuture = read.get_future().share();
    PendingValidation validation = validated.get_future().share();
};

ReadAhead::ReadAhead(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto file = std::make_shared<File>();
        file->path = QFileInfo(path).absoluteFilePath();
        m_files.push_back(std::move(file));
    }
    if (!m_files.empty())
        m_worker = std::async(std::launch::async, &ReadAhead::readAll, m_files);
}

ReadAhead::~ReadAhead() = default; // the worker's future waits for it

// Each file is read, then validated while the window builds that file's view, then the
// next file is read.
void ReadAhead::readAll(const std::vector<std::shared_ptr<File>> &files)
{
    for (const std::shared_ptr<File> &file : files) {
        file->stamp = File::Stamp::of(file->path);
        core::ReadResult result = core::readDocumentFile(file->path, core::Fingerprint::Take);
        const QJsonObject record = result.draft.record;
        const core::CleanTextProof cleanText = result.cleanText; // spares the text walk
        const bool ok = result.ok;
        file->read.set_value(std::move(result));
        file->validated.set_value(ok ? validateAsOpened(record, cleanText) : RecordValidation());
    }
}

std::optional<ReadAhead::Taken> ReadAhead::take(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if ((*it)->path != absolute)
            continue;
        const std::shared_ptr<File> file = *it;
        m_files.erase(it);
        core::ReadResult read = file->readFuture.get();
        if (!(file->stamp == File::Stamp::of(absolute)))
            return std::nullopt;
        return Taken { std::move(read), file->validation };
    }
    return std::nullopt;
}

} // namespace leadopp::ui
