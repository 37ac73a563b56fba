#include "ui/window/mainwindow.h"

#include "core/document/document.h"
#include "ui/common/accessibility.h"
#include "ui/common/finishediting.h"
#include "ui/common/icons.h"
#include "ui/common/prompt.h"
#include "ui/errors/errordock.h"
#include "ui/server/servercontroller.h"
#include "ui/session/editsession.h"
#include "ui/submit/rejectiondialog.h"
#include "ui/submit/submitcontroller.h"
#include "ui/submit/submitstatuswidget.h"
#include "ui/window/documentview.h"
#include "ui/window/filecontroller.h"
#include "ui/window/readahead.h"
#include "ui/window/recoverycontroller.h"
#include "ui/window/rejectionbar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace leadopp::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent),
      m_readAhead(services.files.isEmpty() ? nullptr : std::make_unique<ReadAhead>(services.files)),
      m_tabs(new QTabWidget(this)), m_undoGroup(new QUndoGroup(this)),
      m_errorDock(new ErrorDock(this)), m_recovery(new RecoveryController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    accessibility::install();
    setWindowIcon(icons::app());
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    createActions();
    createSubmit(services);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_errorDock, &ErrorDock::pathActivated, this, &MainWindow::focusPath);
    // A completion list never outlives its field's focus (it would take the next key).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        closeCompletionPopup(old);
        // "This problem is addressed" is said of the field the rep is in, while they are.
        if (now && currentView() && !m_goingToProblem)
            m_errorDock->focusMovedTo(currentView()->focusedPath());
    });
    // The session manager may end the process after this without a close: journal first.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this] { m_recovery->journalNow(); });
    restoreLayout();
    openInitial(services.files);
}

void MainWindow::openInitial(const QStringList &files)
{
    m_opening = true;
    for (const QString &file : files)
        openFile(file);
    m_opening = false;
    m_readAhead.reset();
    if (m_tabs->count() == 0)
        newDocument();
}

// The window comes back where and as the rep left it, and never larger than the screen
// it opens on (at a scale factor of 2, 1280x860 would not fit a 1600x1000 screen).
void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (const QScreen *shown = screen()) {
        const QSize room = shown->availableGeometry().size();
        resize(width() > room.width() ? room.width() : width(),
               height() > room.height() ? room.height() : height());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

MainWindow::~MainWindow()
{
    m_recovery->closeCleanly();
    // Documents go before the undo group and the submit controller that watch them.
    while (m_tabs->count() > 0) {
        QWidget *view = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete view;
    }
}

DocumentView *MainWindow::currentView() const
{
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

DocumentView *MainWindow::viewAt(int index) const
{
    return qobject_cast<DocumentView *>(m_tabs->widget(index));
}

int MainWindow::documentCount() const
{
    return m_tabs->count();
}

int MainWindow::addView(DocumentView *view)
{
    m_recovery->track(view);
    m_undoGroup->addStack(view->session()->undoStack());
    connect(view->session(), &EditSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(view->document(), &core::Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(view->document(), &core::Document::rejectionChanged, this, &MainWindow::updateTitle);
    connect(view, &DocumentView::rejectionDetailsRequested, this,
            &MainWindow::showRejectionDetails);
    connect(view, &DocumentView::readOnlyChanged, this, [this, view](bool readOnly) {
        if (m_submit && view == currentView())
            m_submit->setReadOnly(readOnly);
    });
    view->assignMnemonics(mnemonics::ofWindowBars(this));
    const int index = m_tabs->addTab(view, view->displayName());
    m_tabs->setCurrentIndex(index);
    return index;
}

DocumentView *MainWindow::newDocument()
{
    auto *view = new DocumentView(core::Draft(), core::InputShape::Draft, QString());
    view->setUntitledNumber(++m_untitledCount);
    addView(view);
    view->focusFirstField();
    return view;
}

void MainWindow::onCurrentChanged()
{
    DocumentView *view = currentView();
    m_undoGroup->setActiveStack(view ? view->session()->undoStack() : nullptr);
    m_errorDock->setModel(view ? view->errorModel() : nullptr);
    if (m_submit && view) {
        m_submit->setSession(view->session());
        m_submit->setReadOnly(view->isReadOnly());
    }
    if (m_server)
        m_server->setView(view);
    updateTitle();
}

void MainWindow::updateTitle()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentView *view = viewAt(i);
        m_tabs->setTabText(
            i,
            view->displayName()
                + (view->session()->isModified() ? QStringLiteral(" *") : QString()));
        m_tabs->setTabToolTip(i, view->document()->filePath());
    }
    DocumentView *view = currentView();
    const QString name = view ? view->displayName() : QString();
    setWindowTitle(tr("%1[*] — Lead Opportunity Editor").arg(name));
    setWindowModified(view && view->session()->isModified());
    const bool rejected = view && !view->document()->rejection().isNull();
    if (QAction *details = action(QStringLiteral("actionRejectionDetails")))
        details->setEnabled(rejected);
}

void MainWindow::showOutcome(EditSession *session, const QString &message, bool accepted)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->session() == session)
            viewAt(i)->rejectionBar()->showOutcome(message, accepted);
    }
}

void MainWindow::showRejectionDetails()
{
    DocumentView *view = currentView();
    if (!view || view->document()->rejection().isNull())
        return;
    auto *dialog = new RejectionDialog(view->document()->rejection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::confirmCloseWhileSubmitting(DocumentView *view)
{
    if (!m_submit || !view || m_submit->runningSession() != view->session())
        return true;
    const auto answer = Prompt::question(
        this, tr("Submission in progress"),
        tr("“%1” is being submitted and the server has not answered yet. Close it anyway? "
           "The submission is cancelled; if the server already received it, its answer will "
           "not be recorded in the draft.")
            .arg(view->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_submit->cancel();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    finishEditing();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!confirmCloseWhileSubmitting(viewAt(i))) {
            event->ignore();
            return;
        }
    }
    if (!saveOrDiscardAll()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_recovery->closeCleanly();
    event->accept();
}

// Quitting with several modified drafts asks once (Save All, No to All, Cancel) rather
// than once per draft; with one it asks about that one.
bool MainWindow::saveOrDiscardAll()
{
    QList<DocumentView *> modified;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->session()->isModified())
            modified.append(viewAt(i));
    }
    if (modified.size() < 2)
        return modified.isEmpty() || m_files->maybeSave(modified.first());
    const auto answer = Prompt::question(
        this, tr("Unsaved changes"),
        tr("%n drafts have unsaved changes. Save them all before quitting? “No to All” "
           "discards every unsaved change.",
           nullptr, int(modified.size())),
        QMessageBox::SaveAll | QMessageBox::NoToAll | QMessageBox::Cancel, QMessageBox::SaveAll);
    if (answer != QMessageBox::SaveAll)
        return answer == QMessageBox::NoToAll;
    for (DocumentView *view : std::as_const(modified)) {
        m_tabs->setCurrentWidget(view);
        if (!m_files->save(view))
            return false;
    }
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace leadopp::ui
