#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "ui/common/mnemonics.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/recordvalidation.h"

#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QScrollArea;
class QTabWidget;

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

class EditSession;
class ErrorListModel;
class FieldDecorator;
class FileNoticeBar;
class FormBinder;
class RejectionBar;

/// One open draft: its document and editing session (with its own undo stack), the
/// rejection banner and the five sections as tabs whose titles count their problems.
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    /// `sourcePath` is the file it was read from; a draft file becomes the save path,
    /// anything else (a request body, a response) must be saved under a new name.
    /// `validation`: validateAsOpened() of the draft's record, run elsewhere (read ahead);
    /// without it the record is validated on a worker thread while the tabs are built.
    /// `windowMnemonics`: what assignMnemonics() will be given once the view is in its
    /// window, known now so that the first form is laid out with its labels' final texts.
    DocumentView(core::Draft draft, core::InputShape shape, const QString &sourcePath,
                 QWidget *parent = nullptr, PendingValidation validation = {},
                 const std::optional<mnemonics::Taken> &windowMnemonics = std::nullopt);
    ~DocumentView() override;

    /// The draft as widgets see it: read-only, so that every change goes through the edit
    /// session and its undo stack.
    const core::Document *document() const { return m_document.get(); }
    /// Where the draft is saved from now on (empty: it must be saved under a new name). A
    /// file name is no edit of the draft, so nothing to undo.
    void setFilePath(const QString &path) { m_document->setFilePath(path); }
    EditSession *session() const { return m_session; }
    ErrorListModel *errorModel() const { return m_errors; }
    RejectionBar *rejectionBar() const { return m_rejectionBar; }
    /// What there is to know about the draft's file (changed on disk, taken elsewhere).
    FileNoticeBar *noticeBar() const { return m_noticeBar; }
    QTabWidget *sectionTabs() const { return m_tabs; }
    /// The table of a table section, its tab built if it was not yet; null for a form.
    SectionTableWidget *table(core::Section section);

    /// Display name: the file name, or "Untitled" ("Untitled 2", ... for later new drafts).
    QString displayName() const;
    void setUntitledNumber(int number) { m_untitledNumber = number; }
    /// Gives the section tabs, banner buttons and form labels Alt+letters, none in `taken`
    /// (the window's menus and tool bars).
    void assignMnemonics(mnemonics::Taken taken);
    /// Shows the first section and puts the focus in its first field.
    void focusFirstField();
    /// Puts the focus in the draft without choosing a field: on its section tabs, from where
    /// Tab goes on to the first field, Ctrl+PageDown to the next section and F8 to the
    /// first problem (from a field it would go to the one after that field's).
    void focusSectionTabs();
    /// Where the draft was read from (also for non-draft inputs).
    QString sourcePath() const { return m_sourcePath; }
    core::InputShape inputShape() const { return m_shape; }
    /// A new, never edited, never saved document (replaced by the first file opened).
    bool isPristine() const;
    /// Shown, never edited: its file is open for editing elsewhere. Forms and tables take
    /// no input; Save asks for a new name.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Shows and focuses the editor or table cell of a path (record: the banner); a field
    /// gets its whole content selected; a form section's own path lands in its first empty
    /// required field.
    void focusPath(const core::FieldPath &path);
    /// The canonical path of the field or cell that has the focus in this draft; empty
    /// when the focus is elsewhere.
    QString focusedPath() const;
    /// The table cell being typed in, not stored yet (see SectionTableWidget::typedCell()).
    std::optional<TypedCell> typedCell() const;

Q_SIGNALS:
    void rejectionDetailsRequested();
    void readOnlyChanged(bool readOnly);
    /// A table cell's editor changed what it holds (see typedCell()).
    void cellTyping();

private:
    /// What a section's tab holds once built: a table, or a form in a scroll area with
    /// its binder and decorator.
    struct Page {
        QWidget *widget = nullptr;
        SectionTableWidget *table = nullptr;
        QScrollArea *area = nullptr;
        FormBinder *binder = nullptr;
        FieldDecorator *decorator = nullptr;
    };

    void buildTabs(const std::optional<mnemonics::Taken> &windowMnemonics);
    void takeMnemonics(mnemonics::Taken taken);
    void buildTab(int tab);
    void buildForm(Page &page, core::Section section);
    void putInPlace(int tab, QWidget *page);
    int tabOf(const core::FieldPath &path) const;
    void revealFocused(QWidget *focused);
    void updateBadges();
    void addSectionShortcuts();
    void stepSection(int delta);

    std::unique_ptr<core::Document> m_document;
    EditSession *m_session;
    ErrorListModel *m_errors;
    QString m_sourcePath;
    core::InputShape m_shape;
    RejectionBar *m_rejectionBar;
    FileNoticeBar *m_noticeBar;
    QTabWidget *m_tabs;
    std::array<Page, 5> m_pages; ///< by tab
    /// Letters the forms' labels may not take (assignMnemonics), for forms built later.
    std::optional<mnemonics::Taken> m_formMnemonics;
    /// The window's letters the view was last given (assignMnemonics), to skip giving the
    /// same again.
    std::optional<mnemonics::Taken> m_windowMnemonics;
    int m_untitledNumber = 1;
    bool m_readOnly = false;
};

} // namespace leadopp::ui
