#include "ui/window/diskwatch.h"

#include "core/codec/filefingerprint.h"
#include "core/document/document.h"
#include "ui/window/documentview.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QList>
#include <QTimer>

namespace leadopp::ui {

namespace {

// The fingerprint of the file's bytes; empty when the file cannot be read (gone, or not a
// file any more).
QByteArray hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return core::fingerprintOf(file.readAll());
}

} // namespace

DiskWatch::DiskWatch(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatch::onFileChanged);
}

void DiskWatch::watch(DocumentView *view, const QByteArray &fingerprint)
{
    const QString path = view->document()->filePath();
    unwatch(view);
    if (path.isEmpty())
        return;
    const QByteArray hash = fingerprint.isEmpty() ? hashOfFile(path) : fingerprint;
    m_watched.insert(view, { path, hash, hash });
    arm(path);
}

void DiskWatch::unwatch(DocumentView *view)
{
    const QString path = m_watched.take(view).path;
    if (path.isEmpty())
        return;
    for (const Watched &other : std::as_const(m_watched)) {
        if (other.path == path)
            return; // still watched for another view
    }
    m_watcher->removePath(path);
}

void DiskWatch::markInSync(DocumentView *view)
{
    const auto found = m_watched.find(view);
    if (found == m_watched.end())
        return;
    found->known = hashOfFile(found->path);
    found->reported = found->known;
    arm(found->path);
}

bool DiskWatch::changedOnDisk(const DocumentView *view) const
{
    const auto found = m_watched.constFind(const_cast<DocumentView *>(view));
    if (found == m_watched.constEnd())
        return false;
    const QByteArray now = hashOfFile(found->path);
    return !now.isEmpty() && now != found->known;
}

void DiskWatch::arm(const QString &path)
{
    if (QFile::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void DiskWatch::onFileChanged(const QString &path)
{
    QTimer::singleShot(kSettleMs, this, [this, path] { check(path); });
}

void DiskWatch::check(const QString &path)
{
    arm(path);
    const QByteArray now = hashOfFile(path);
    QList<DocumentView *> changedViews;
    QList<DocumentView *> removedViews;
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (it->path != path || it->reported == now)
            continue;
        it->reported = now;
        if (now.isEmpty())
            removedViews.append(it.key());
        else if (now != it->known)
            changedViews.append(it.key());
    }
    // Signalled after the walk: a receiver may watch or unwatch.
    for (DocumentView *view : std::as_const(removedViews))
        Q_EMIT removed(view);
    for (DocumentView *view : std::as_const(changedViews))
        Q_EMIT changed(view);
}

} // namespace leadopp::ui
