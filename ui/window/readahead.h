#pragma once

#include "core/codec/documentreader.h"
#include "ui/window/recordvalidation.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace leadopp::ui {

/// The files named when the window opens are read, and their records validated, on a
/// worker thread while the window builds its menus, tool bars and docks: on a big draft,
/// reading and validating take about as long as all of those together.
class ReadAhead final
{
public:
    struct Taken {
        core::ReadResult read;
        /// The record's findings when the file was read as a document, computed meanwhile.
        PendingValidation validation;
    };

    explicit ReadAhead(const QStringList &paths);
    ~ReadAhead(); ///< waits for the worker
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// What was read of `path`, waiting for it if need be; empty when `path` was not read
    /// ahead, was taken already, or has changed on disk since (then it is read again).
    std::optional<Taken> take(const QString &path);

private:
    struct File;
    static void readAll(const std::vector<std::shared_ptr<File>> &files);

    std::vector<std::shared_ptr<File>> m_files;
    std::future<void> m_worker;
};

} // namespace leadopp::ui
