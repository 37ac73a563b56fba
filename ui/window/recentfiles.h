#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace leadopp::ui {

/// The most recently opened or saved files (at most kMax, newest first), kept in QSettings
/// and mirrored into a menu whose actions open them.
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &files);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace leadopp::ui
