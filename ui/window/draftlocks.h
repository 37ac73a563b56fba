#pragma once

#include <QHash>
#include <QLockFile>
#include <QString>
#include <memory>

namespace leadopp::ui {

/// One lock per draft file an editor has open, kept in the application data location
/// ("locks/<hash of the path>.lock", so a draft in a read-only folder can be locked too):
/// a second window or editor opening the same draft learns it is taken. A lock left by a
/// process that died is stale and taken over.
class DraftLocks final
{
    Q_DISABLE_COPY_MOVE(DraftLocks)

public:
    static QString defaultDirectory();

    explicit DraftLocks(const QString &directory = defaultDirectory());
    ~DraftLocks();

    /// The lock file of a draft file (absolute path).
    QString lockPathFor(const QString &filePath) const;
    /// Takes the lock of a draft file; true when taken or already held here.
    bool acquire(const QString &filePath);
    void release(const QString &filePath);
    bool holds(const QString &filePath) const { return m_locks.contains(filePath); }
    /// The process that holds a draft's lock ("4711 on host"), for the question.
    QString holderOf(const QString &filePath) const;

private:
    QString m_directory;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};

} // namespace leadopp::ui
