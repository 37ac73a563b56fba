// Drives the real editor window the way a rep does: keys and clicks into whatever has the
// focus, never by setting widget values. Header-only: shared by the GUI suites.
#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/document/document.h"
#include "testsupport.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>
#include <gtest/gtest.h>

namespace leadopp::test {

/// The bundled rejection: five server errors on a draft file.
inline const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");

inline core::FieldPath path(const char *text)
{
    return core::FieldPath::parse(QString::fromLatin1(text));
}

/// The window system's target for keys: the focus window, as the platform would deliver
/// them. Qt then routes them exactly as for a rep: shortcuts first, an open popup (a
/// completion list, a calendar) before the focus widget.
inline QWindow *keyWindow(QWidget *window)
{
    QWindow *focus = QGuiApplication::focusWindow();
    return focus ? focus : window->windowHandle();
}

/// Keys pressed so far through press() and type(), one per key (a chord counts once).
inline int &keystrokes()
{
    static int count = 0;
    return count;
}

inline void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ++keystrokes();
    QTest::keyClick(keyWindow(window), key, modifiers);
}

/// Types ASCII text one key at a time, through the window system like a keyboard.
inline void type(QWidget *window, const QString &text)
{
    for (const QChar ch : text) {
        ++keystrokes();
        QTest::keyClick(keyWindow(window), ch.toLatin1());
    }
}

/// Shows the window and waits until it is active.
inline void showActive(ui::MainWindow &window)
{
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
}

/// Opens a file in the window, shows it and waits until it is active.
inline void openAndShow(ui::MainWindow &window, const QString &relative)
{
    ASSERT_TRUE(window.openFile(dataPath(relative)));
    showActive(window);
}

/// Writes a draft file's JSON object as `name` into `dir`, then opens and shows it.
inline void openAndShowDraft(ui::MainWindow &window, const QTemporaryDir &dir, const char *name,
                             const QJsonObject &draft)
{
    const QString file = dir.filePath(QString::fromLatin1(name));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(draft).toJson());
    out.close();
    ASSERT_TRUE(window.openFile(file));
    showActive(window);
}

/// Shows each section of the current draft once, ending on the first, as a rep looking
/// through it would: a section's widgets are built when it is first shown.
inline void showEverySection(ui::MainWindow &window)
{
    QTabWidget *sections = window.currentView()->sectionTabs();
    for (int tab = sections->count() - 1; tab >= 0; --tab) {
        sections->setCurrentIndex(tab);
        QApplication::processEvents();
    }
}

inline QJsonValue valueAt(ui::MainWindow &window, const char *text)
{
    return window.currentView()->document()->value(path(text));
}

/// Presses F8 until the focus is on `target` (a field or cell of the current draft);
/// false when it never gets there.
inline bool f8To(ui::MainWindow &window, const char *target)
{
    for (int presses = 0; presses < 40; ++presses) {
        press(&window, Qt::Key_F8);
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            continue;
        if (focus->property("fieldPath").toString() == QString::fromLatin1(target))
            return true;
        if (auto *view = qobject_cast<QTableView *>(focus)) {
            if (view->currentIndex().data(ui::SectionTableModel::PathRole).toString()
                == QString::fromLatin1(target))
                return true;
        }
    }
    return false;
}

} // namespace leadopp::test
