#include "ui/window/documentview.h"

#include "core/catalogue/formposition.h"
#include "core/document/document.h"
#include "ui/binding/editorguard.h"
#include "ui/binding/fielddecorator.h"
#include "ui/binding/formbinder.h"
#include "ui/common/finishediting.h"
#include "ui/models/errorlistmodel.h"
#include "ui/models/issuedecoration.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/filenoticebar.h"
#include "ui/window/rejectionbar.h"
#include "ui/window/sectiontabs.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

using core::Section;
using sectiontabs::kOrder;

// Reached by F8 or from the Problems list, a field is there to be replaced: typing
// overwrites its whole content, whatever its kind.
void selectWholeContent(QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->selectAll();
}

} // namespace

DocumentView::DocumentView(core::Draft draft, core::InputShape shape, const QString &sourcePath,
                           QWidget *parent, PendingValidation validation,
                           const std::optional<mnemonics::Taken> &windowMnemonics)
    : QWidget(parent), m_document(std::make_unique<core::Document>(std::move(draft))),
      m_session(new EditSession(m_document.get(), this, EditSession::FirstValidation::Handed)),
      m_errors(new ErrorListModel(m_session, this)), m_sourcePath(sourcePath), m_shape(shape),
      m_rejectionBar(new RejectionBar(m_document.get(), this)),
      m_noticeBar(new FileNoticeBar(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("documentView"));
    if (shape == core::InputShape::Draft)
        m_document->setFilePath(sourcePath);
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_rejectionBar);
    layout->addWidget(m_noticeBar);
    layout->addWidget(m_tabs, 1);
    // Validating a big draft takes as long as building the tabs: it runs meanwhile.
    if (!validation.valid())
        validation = validateAside(m_document->record());
    buildTabs(windowMnemonics);
    const RecordValidation first = validation.get();
    m_session->adoptFindings(first.findings, first.mode);
    connect(m_rejectionBar, &RejectionBar::detailsRequested, this,
            &DocumentView::rejectionDetailsRequested);
    connect(m_errors, &ErrorListModel::countsChanged, this, &DocumentView::updateBadges);
    updateBadges();
    addSectionShortcuts();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { revealFocused(now); });
}

// Ctrl+Tab / Ctrl+PgDown and back switch sections wherever the focus is in the draft, a
// table included (a table would otherwise take the keys for itself).
void DocumentView::addSectionShortcuts()
{
    const auto add = [this](const QList<QKeySequence> &keys, int delta) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, delta] { stepSection(delta); });
        addAction(action);
        EditorGuard::reserveActions({ action });
    };
    add({ QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab) }, 1);
    add({ QKeySequence(Qt::CTRL | Qt::Key_PageUp),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab) },
        -1);
}

void DocumentView::stepSection(int delta)
{
    finishEditing();
    const int count = m_tabs->count();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + count) % count);
    if (SectionTableWidget *sectionTable = table(kOrder[m_tabs->currentIndex()]))
        sectionTable->view()->setFocus(Qt::TabFocusReason);
    else
        focusFirstField();
}

void DocumentView::focusFirstField()
{
    if (m_tabs->currentIndex() < 0 || table(kOrder[m_tabs->currentIndex()]))
        m_tabs->setCurrentIndex(0);
    buildTab(m_tabs->currentIndex());
    if (QWidget *editor = m_pages.at(m_tabs->currentIndex()).binder->firstInTabOrder()) {
        editor->setFocus(Qt::TabFocusReason);
        selectWholeContent(editor);
    }
}

void DocumentView::focusSectionTabs()
{
    m_tabs->setFocus(Qt::TabFocusReason);
}

DocumentView::~DocumentView()
{
    // Deleting the widgets moves the focus; the tabs it would look at are going.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // Views and models go first: they hold pointers into the document.
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    for (const Page &page : m_pages)
        delete page.decorator;
    for (const Page &page : m_pages)
        delete page.binder;
    delete m_errors;
    delete m_session;
}

// The section tabs and the banner's buttons are always in view, so they choose first;
// each form's labels share what is left (one form shows at a time, so forms may repeat).
// A view read into the window was given the window's letters when it was built: the window
// giving the same again changes nothing.
void DocumentView::assignMnemonics(mnemonics::Taken taken)
{
    if (m_windowMnemonics == taken)
        return;
    takeMnemonics(std::move(taken));
    updateBadges();
}

void DocumentView::takeMnemonics(mnemonics::Taken taken)
{
    m_windowMnemonics = taken;
    QStringList titles;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        titles.append(sectiontabs::title(kOrder[tab]));
    titles = mnemonics::assign(titles, &taken);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->tabBar()->setTabData(tab, titles.at(tab));
    m_rejectionBar->assignMnemonics(&taken);
    m_formMnemonics = taken;
    for (const Page &page : m_pages) {
        if (page.binder)
            page.binder->assignMnemonics(taken);
    }
}

QString DocumentView::displayName() const
{
    const QString path = m_document->filePath().isEmpty() ? m_sourcePath : m_document->filePath();
    if (!path.isEmpty())
        return QFileInfo(path).fileName();
    // A lead fetched from the server and not saved yet goes by its 3DS id.
    if (!m_document->base().isNull() && !m_document->dsLeadOpportunityId().isEmpty())
        return m_document->dsLeadOpportunityId();
    return m_untitledNumber > 1 ? tr("Untitled %1").arg(m_untitledNumber) : tr("Untitled");
}

bool DocumentView::isPristine() const
{
    return m_sourcePath.isEmpty() && m_document->filePath().isEmpty()
        && m_session->undoStack()->count() == 0 && m_document->base().isNull();
}

int DocumentView::tabOf(const core::FieldPath &path) const
{
    return sectiontabs::tabOf(core::formSectionOf(path));
}

void DocumentView::focusPath(const core::FieldPath &path)
{
    const int tab = tabOf(path);
    if (tab < 0) {
        m_rejectionBar->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_tabs->setCurrentIndex(tab);
    buildTab(tab);
    if (SectionTableWidget *sectionTable = table(kOrder[tab])) {
        sectionTable->focusPath(path);
        return;
    }
    if (FormBinder *binder = m_pages.at(tab).binder) {
        QWidget *editor = binder->editorFor(path);
        if (!editor && path.size() == 1)
            editor = binder->firstEmptyRequired(path);
        if (editor) {
            if (auto *area = qobject_cast<QScrollArea *>(m_tabs->currentWidget()))
                area->ensureWidgetVisible(editor);
            editor->setFocus(Qt::OtherFocusReason);
            selectWholeContent(editor);
            return;
        }
    }
    m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
}

void DocumentView::updateBadges()
{
    for (int tab = 0; tab < int(std::size(kOrder)); ++tab) {
        const ErrorListModel::SectionCounts counts = m_errors->countsForSection(kOrder[tab]);
        const int count = counts.errors + counts.warnings;
        const QString title = m_tabs->tabBar()->tabData(tab).toString();
        m_tabs->setTabText(tab, count ? title + QStringLiteral(" (%1)").arg(count) : title);
        m_tabs->setTabIcon(tab,
                           counts.errors         ? issueIcon(IssueKind::Error)
                               : counts.warnings ? issueIcon(IssueKind::Warning)
                                                 : QIcon());
        m_tabs->tabBar()->setTabTextColor(
            tab, counts.errors ? issueLook(IssueKind::Error, palette()).accent : QColor());
        m_tabs->setTabToolTip(tab,
                              tr("%n error(s), %1", nullptr, counts.errors)
                                  .arg(tr("%n warning(s)", nullptr, counts.warnings)));
    }
}

} // namespace leadopp::ui
