// Menus, actions and the submit UI of the main window.
#include "ui/window/mainwindow.h"

#include "ui/binding/editorguard.h"
#include "ui/common/accessibility.h"
#include "ui/common/finishediting.h"
#include "ui/common/icons.h"
#include "ui/common/mnemonics.h"
#include "ui/errors/errordock.h"
#include "ui/session/editsession.h"
#include "ui/submit/environmentcombo.h"
#include "ui/submit/settingsdialog.h"
#include "ui/submit/submitcontroller.h"
#include "ui/submit/submitstatuswidget.h"
#include "ui/window/documentview.h"
#include "ui/window/filecontroller.h"
#include "ui/window/recentfiles.h"
#include "ui/window/undoactions.h"
#include "ui/window/updatetargetprompt.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

namespace leadopp::ui {

QAction *MainWindow::addMenuAction(QMenu *menu, const QString &name, const QString &text,
                                   const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    EditorGuard::reserveActions({ action }); // shortcuts set later count too
    menu->addAction(action);
    return action;
}

void MainWindow::setShortcuts(const QString &actionName, const QList<QKeySequence> &shortcuts)
{
    action(actionName)->setShortcuts(shortcuts);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createGoMenu();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *list = addMenuAction(view, QStringLiteral("actionProblemsList"), tr("Problems &List"),
                                  QKeySequence(Qt::Key_F6));
    connect(list, &QAction::triggered, this, &MainWindow::toggleProblemsFocus);
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *name : { "actionOpen", "actionSave", "actionUndo", "actionRedo" })
        toolBar->addAction(action(QLatin1String(name)));
    // Undo and Redo carry the step in their text ("Undo Edit Name"); as buttons they would
    // grow and push the rest of the tool bar about on every edit. The step stays in the
    // tooltip and the Edit menu.
    for (const char *name : { "actionUndo", "actionRedo" }) {
        if (auto *button
            = qobject_cast<QToolButton *>(toolBar->widgetForAction(action(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    connect(
        addMenuAction(m_fileMenu, QStringLiteral("actionNew"), tr("&New Draft"), QKeySequence::New),
        &QAction::triggered, this, &MainWindow::newDocument);
    connect(
        addMenuAction(m_fileMenu, QStringLiteral("actionOpen"), tr("&Open…"), QKeySequence::Open),
        &QAction::triggered, this, [this] { chooseAndOpen(true); });
    connect(addMenuAction(m_fileMenu, QStringLiteral("actionOpenInTab"), tr("Open in New &Tab…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered, this, [this] { chooseAndOpen(false); });
    QMenu *recent = m_fileMenu->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    createFileController(recent);
    m_fileMenu->addSeparator();
    connect(
        addMenuAction(m_fileMenu, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save),
        &QAction::triggered, this, &MainWindow::save);
    connect(addMenuAction(m_fileMenu, QStringLiteral("actionSaveAs"), tr("Save &As…"),
                          QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::saveAs);
    connect(addMenuAction(m_fileMenu, QStringLiteral("actionExportPatch"),
                          tr("&Export PATCH Body (update)…"), QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, [this] { exportBody(core::ExportMode::Update); });
    connect(addMenuAction(m_fileMenu, QStringLiteral("actionExportPost"),
                          tr("Export &POST Body (create)…"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
            &QAction::triggered, this, [this] { exportBody(core::ExportMode::Create); });
    m_fileMenu->addSeparator();
    connect(addMenuAction(m_fileMenu, QStringLiteral("actionClose"), tr("&Close Draft"),
                          QKeySequence::Close),
            &QAction::triggered, this, &MainWindow::closeCurrent);
    connect(
        addMenuAction(m_fileMenu, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit),
        &QAction::triggered, this, &QWidget::close);
    setFileShortcutsAndIcons();
}

void MainWindow::createFileController(QMenu *recent)
{
    m_files = new FileController(this, recent);
    connect(m_files->recentFiles(), &RecentFiles::openRequested, this, &MainWindow::openFile);
    connect(m_files, &FileController::frontRequested, m_tabs, &QTabWidget::setCurrentWidget);
    connect(m_files, &FileController::saved, this, &MainWindow::updateTitle);
    // Queued: the request comes from a button of the view that reloading replaces.
    connect(m_files, &FileController::reloadRequested, this, &MainWindow::reload,
            Qt::QueuedConnection);
}

void MainWindow::setFileShortcutsAndIcons()
{
    // The same keys on every platform (a standard key such as Close maps to Ctrl+F4 alone
    // where the platform's scheme is Windows').
    setShortcuts(QStringLiteral("actionClose"),
                 { QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::CTRL | Qt::Key_F4) });
    setShortcuts(QStringLiteral("actionSaveAs"),
                 { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) });
    setShortcuts(QStringLiteral("actionQuit"), { QKeySequence(Qt::CTRL | Qt::Key_Q) });
    action(QStringLiteral("actionOpen"))
        ->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    action(QStringLiteral("actionSave"))
        ->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = createStackAction(m_undoGroup, StackStep::Undo, tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Z) });
    undo->setIcon(icons::undo());
    QAction *redo = createStackAction(m_undoGroup, StackStep::Redo, tr("&Redo"), this);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setIcon(icons::redo());
    edit->addAction(undo);
    edit->addAction(redo);
    EditorGuard::reserveActions({ undo, redo });
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    QAction *next = addMenuAction(go, QStringLiteral("actionNextError"), tr("&Next Problem"),
                                  QKeySequence(Qt::Key_F8));
    QAction *previous
        = addMenuAction(go, QStringLiteral("actionPreviousError"), tr("&Previous Problem"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F8));
    next->setIcon(icons::error());
    connect(next, &QAction::triggered, this, [this] { stepProblems(1); });
    connect(previous, &QAction::triggered, this, [this] { stepProblems(-1); });
    go->addSeparator();
    QAction *details
        = addMenuAction(go, QStringLiteral("actionRejectionDetails"),
                        tr("Last &Rejection Details…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(details, &QAction::triggered, this, &MainWindow::showRejectionDetails);
}

void MainWindow::focusPath(const core::FieldPath &path)
{
    finishEditing();
    if (DocumentView *view = currentView()) {
        // The focus may pass other fields on its way (a tab shown gives its first field the
        // focus): only where it lands counts as the rep moving away from the problem.
        const QScopedValueRollback<bool> going(m_goingToProblem, true);
        view->focusPath(path);
        // Said even when the focus was there already (a field with two problems), so
        // every F8 is heard where it lands.
        accessibility::reportFocus(QApplication::focusWidget());
    }
}

void MainWindow::stepProblems(int delta)
{
    finishEditing();
    const QString from = currentView() ? currentView()->focusedPath() : QString();
    if (delta > 0)
        m_errorDock->next(from);
    else
        m_errorDock->previous(from);
}

// F6 takes the keyboard to the Problems list (on its current row, else its first) and, from
// there, back to where it was in the draft.
void MainWindow::toggleProblemsFocus()
{
    QTableView *list = m_errorDock->view();
    if (list->hasFocus()) {
        // Back as it was left: a shortcut's focus would select the field's whole text, and
        // the next key would replace what the rep was typing into.
        if (m_focusBeforeProblems)
            m_focusBeforeProblems->setFocus(Qt::OtherFocusReason);
        else if (currentView())
            currentView()->focusSectionTabs();
        return;
    }
    finishEditing();
    m_focusBeforeProblems = QApplication::focusWidget();
    m_errorDock->show();
    m_errorDock->raise();
    list->setFocus(Qt::ShortcutFocusReason);
    if (!list->currentIndex().isValid() && list->model() && list->model()->rowCount() > 0)
        list->setCurrentIndex(list->model()->index(0, 0));
}

// The chooser has a visible label that names it (and is its buddy, with an Alt+letter), so
// it is not known by whichever environment happens to be selected. The settings dialog's
// words, so both places read and translate alike.
void MainWindow::addEnvironmentChooser(QToolBar *toolBar)
{
    EnvironmentCombo *combo = m_submit->createEnvironmentCombo(toolBar);
    const QString text = SettingsDialog::tr("Environment:");
    combo->setAccessibleName(text.endsWith(u':') ? text.chopped(1) : text);
    mnemonics::Taken taken = mnemonics::ofWindowBars(this);
    auto *label = new QLabel(mnemonics::assign(text, &taken), toolBar);
    label->setObjectName(QStringLiteral("environmentChooserLabel"));
    label->setContentsMargins(4, 0, 4, 0);
    label->setBuddy(combo);
    toolBar->addWidget(label);
    toolBar->addWidget(combo);
}

void MainWindow::createSubmit(const Services &services)
{
    if (!services.client || !services.environments || !services.credentials)
        return;
    m_submit = new SubmitController(nullptr, services.client, services.environments,
                                    services.credentials, this, this);
    m_updateTarget = new UpdateTargetPrompt(services.client, services.environments,
                                            services.credentials, this, this);
    m_submitMenu = menuBar()->addMenu(tr("&Submit"));
    m_submitMenu->setObjectName(QStringLiteral("menuSubmit"));
    m_submit->submitAction()->setIcon(icons::submit());
    for (QAction *item :
         { m_submit->submitAction(), m_submit->reviewAction(), m_submit->wholeRecordAction(),
           m_submit->cancelAction(), m_submit->historyAction(), m_submit->settingsAction() }) {
        m_submitMenu->addAction(item);
        EditorGuard::reserveActions({ item });
    }
    auto *toolBar = addToolBar(tr("Submit"));
    toolBar->setObjectName(QStringLiteral("submitToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addEnvironmentChooser(toolBar);
    toolBar->addAction(m_submit->submitAction());
    statusBar()->addPermanentWidget(m_submit->statusWidget());
    connect(m_submit, &SubmitController::outcome, this, &MainWindow::showOutcome);
    createServer(services);
}

} // namespace leadopp::ui
