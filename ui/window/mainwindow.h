#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/codec/exporter.h"
#include "core/document/draft.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <memory>

class QAction;
class QTabWidget;
class QToolBar;
class QUndoGroup;

namespace leadopp::net {
class ApiClient;
class CredentialStore;
class EnvironmentStore;
} // namespace leadopp::net

namespace leadopp::ui {

class DocumentView;
class EditSession;
class ErrorDock;
class FileController;
class ReadAhead;
class RecentFiles;
class RecoveryController;
class ServerController;
class SubmitController;
class UpdateTargetPrompt;

/// What submitting needs; all null: the window edits files only.
struct MainWindowServices {
    net::ApiClient *client = nullptr;
    net::EnvironmentStore *environments = nullptr;
    net::CredentialStore *credentials = nullptr;
    /// Opened at construction in place of the empty draft, which would be built only to be
    /// closed again (for a big record, a tenth of the editor's start).
    QStringList files;
};

/// The editor window: several drafts as tabs ("documentTabs"), each with its own undo
/// stack; File (open, save, save as, export PATCH/POST body, recent files, drag and drop),
/// Edit (undo/redo of the active draft), Go (F8 / Shift+F8 through problems), the problems
/// dock and, when network services are given, the submit actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Services = MainWindowServices;

    explicit MainWindow(const Services &services = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file in a new tab (reusing an untouched empty one); a file already open is
    /// brought to front. Reports unreadable files to the user and returns false.
    bool openFile(const QString &path);
    /// Opens a file in place of the current draft, asking first about unsaved changes.
    bool openFileReplacing(const QString &path);
    /// Save, Save As and Export of the current draft; false when cancelled or failed.
    bool save();
    bool saveAs();
    bool exportBody(core::ExportMode mode);
    /// Closes the current draft tab (asking about unsaved changes); false when cancelled.
    bool closeCurrent();
    /// Offers each draft an editor that died left unsaved (see RecoveryController) and
    /// opens the restored ones; returns how many were restored.
    int offerRecovery();
    /// For a termination request (kill, Ctrl+C, a hang-up): no question waits for a rep who
    /// may not be there. Unsaved edits are journaled and left for the next start to offer,
    /// and the editor quits at once; without any, or when a journal cannot be written, it
    /// closes the normal way.
    void journalAndClose();

    DocumentView *currentView() const;
    DocumentView *viewAt(int index) const;
    int documentCount() const;
    ErrorDock *errorDock() const { return m_errorDock; }
    RecentFiles *recentFiles() const;
    FileController *fileController() const { return m_files; }
    RecoveryController *recovery() const { return m_recovery; }
    /// Null when the window was built without network services.
    SubmitController *submitController() const { return m_submit; }
    /// Asks whether an opened request body without a 3DS id updates a lead; null when the
    /// window was built without network services.
    UpdateTargetPrompt *updateTargetPrompt() const { return m_updateTarget; }
    /// Open from Server, Find Leads, Refresh from Server; null without network services.
    ServerController *serverController() const { return m_server; }
    /// Opens a lead fetched from the server as a new draft tab based on it (in place of an
    /// untouched empty draft).
    void openFetchedDraft(const core::Draft &draft);
    /// An action by objectName ("actionSave", "actionUndo", "actionNextError", ...).
    QAction *action(const QString &objectName) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;
    void createActions();
    void createFileMenu();
    void createFileController(QMenu *recent);
    void setFileShortcutsAndIcons();
    void createEditMenu();
    void createGoMenu();
    void createSubmit(const Services &services);
    void addEnvironmentChooser(QToolBar *toolBar);
    void createServer(const Services &services);
    QAction *addMenuAction(QMenu *menu, const QString &name, const QString &text,
                           const QKeySequence &shortcut = {});
    void setShortcuts(const QString &actionName, const QList<QKeySequence> &shortcuts);

    void openInitial(const QStringList &files);
    int addView(DocumentView *view);
    DocumentView *newDocument();
    int indexOfFile(const QString &path) const;
    /// The tab of the file at `filePath`, when one shows it unchanged since it was read.
    DocumentView *unchangedViewOf(const QString &filePath) const;
    bool confirmCloseWhileSubmitting(DocumentView *view);
    bool saveOrDiscardAll();
    void replaceView(DocumentView *old, DocumentView *view);
    void askUpdateTarget(DocumentView *view);
    void reload(DocumentView *old);
    void removeView(DocumentView *view);
    void closeTab(int index);
    void onCurrentChanged();
    void updateTitle();
    void focusPath(const core::FieldPath &path);
    void stepProblems(int delta);
    void toggleProblemsFocus();
    void showRejectionDetails();
    void showOutcome(EditSession *session, const QString &message, bool accepted);
    void chooseAndOpen(bool replacing);

    /// First, so the files named at start are read while the rest is built.
    std::unique_ptr<ReadAhead> m_readAhead;
    QTabWidget *m_tabs;
    QUndoGroup *m_undoGroup;
    bool m_goingToProblem = false;           ///< while focusPath() moves the focus
    QPointer<QWidget> m_focusBeforeProblems; ///< where F6 goes back to from the list
    ErrorDock *m_errorDock;
    FileController *m_files = nullptr;
    RecoveryController *m_recovery;
    SubmitController *m_submit = nullptr;
    UpdateTargetPrompt *m_updateTarget = nullptr;
    ServerController *m_server = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_submitMenu = nullptr;
    /// Request bodies named at start, asked about once the window shows (askUpdateTarget).
    QList<QPointer<DocumentView>> m_askWhenShown;
    bool m_opening = false;  ///< opening the files named at start
    int m_untitledCount = 0; ///< new drafts so far: "Untitled", "Untitled 2", ...
};

} // namespace leadopp::ui
