#include "ui/window/documentview.h"

#include "core/catalogue/formposition.h"
#include "core/document/document.h"
#include "core/validation/validator.h"
#include "ui/binding/editorguard.h"
#include "ui/binding/fielddecorator.h"
#include "ui/binding/formbinder.h"
#include "ui/common/finishediting.h"
#include "ui/forms/legalentityform.h"
#include "ui/forms/opportunityform.h"
#include "ui/models/errorlistmodel.h"
#include "ui/models/issuedecoration.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/sectiontablewidget.h"
#include "ui/window/filenoticebar.h"
#include "ui/window/rejectionbar.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

using core::Section;

// Tab order: the order a rep reads a lead in.
const Section kTabs[] = { Section::Opportunity, Section::OfferLines, Section::CustomerLegalEntity,
                          Section::CustomerContacts, Section::PartnerContacts };

QString tabTitle(Section section)
{
    switch (section) {
    case Section::OfferLines:
        return DocumentView::tr("Offer lines");
    case Section::CustomerLegalEntity:
        return DocumentView::tr("Customer legal entity");
    case Section::CustomerContacts:
        return DocumentView::tr("Customer contacts");
    case Section::PartnerContacts:
        return DocumentView::tr("Partner contacts");
    default:
        return DocumentView::tr("Opportunity");
    }
}

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
                           const core::CleanTextProof &cleanText, QWidget *parent)
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
    // The record is validated on a worker thread while the tabs are built (on a big draft
    // each takes about as long as the other); the findings are in when this returns.
    const core::ExportMode mode = m_session->exportMode();
    QList<core::Finding> findings;
    const std::unique_ptr<QThread> validator(
        QThread::create([&findings, record = m_document->record(), mode, cleanText] {
            findings = core::validateRecord(record, mode, cleanText);
        }));
    validator->start();
    buildTabs();
    validator->wait();
    m_session->adoptFindings(findings, mode);
    connect(m_rejectionBar, &RejectionBar::detailsRequested, this,
            &DocumentView::rejectionDetailsRequested);
    connect(m_errors, &ErrorListModel::countsChanged, this, &DocumentView::updateBadges);
    updateBadges();
    addSectionShortcuts();
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
    if (SectionTableWidget *sectionTable = table(kTabs[m_tabs->currentIndex()]))
        sectionTable->view()->setFocus(Qt::TabFocusReason);
    else
        focusFirstField();
}

void DocumentView::focusFirstField()
{
    if (m_tabs->currentIndex() < 0 || table(kTabs[m_tabs->currentIndex()]))
        m_tabs->setCurrentIndex(0);
    const int form = m_tabs->currentIndex() == 0 ? 0 : 1;
    if (QWidget *editor = m_binders.at(form)->firstInTabOrder()) {
        editor->setFocus(Qt::TabFocusReason);
        selectWholeContent(editor);
    }
}

DocumentView::~DocumentView()
{
    // Views and models go first: they hold pointers into the document.
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(m_decorators);
    qDeleteAll(m_binders);
    delete m_errors;
    delete m_session;
}

void DocumentView::buildTabs()
{
    for (Section section : kTabs) {
        QWidget *page = nullptr;
        if (core::FieldCatalogue::section(section)->isArray) {
            auto *table = new SectionTableWidget(m_session, section, m_tabs);
            m_tables.append(table);
            page = table;
        } else {
            QWidget *form = section == Section::Opportunity
                ? static_cast<QWidget *>(new OpportunityForm)
                : static_cast<QWidget *>(new LegalEntityForm);
            auto *binder = new FormBinder(m_session, form, this);
            m_binders.append(binder);
            m_decorators.append(new FieldDecorator(m_session, binder, this));
            page = scrolled(form);
            page->setAccessibleName(tabTitle(section)); // a focus stop of its own
        }
        const int tab = m_tabs->addTab(page, tabTitle(section));
        m_tabs->tabBar()->setTabData(tab, tabTitle(section).replace(u'&', QStringLiteral("&&")));
    }
}

// The section tabs and the banner's buttons are always in view, so they choose first;
// each form's labels share what is left (one form shows at a time, so forms may repeat).
void DocumentView::assignMnemonics(mnemonics::Taken taken)
{
    QStringList titles;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        titles.append(tabTitle(kTabs[tab]));
    titles = mnemonics::assign(titles, &taken);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->tabBar()->setTabData(tab, titles.at(tab));
    m_rejectionBar->assignMnemonics(&taken);
    for (FormBinder *binder : std::as_const(m_binders))
        binder->assignMnemonics(taken);
    updateBadges();
}

QWidget *DocumentView::scrolled(QWidget *form)
{
    auto *area = new QScrollArea(m_tabs);
    area->setObjectName(form->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(form);
    m_scrollAreas.append(area);
    return area;
}

SectionTableWidget *DocumentView::table(Section section) const
{
    for (SectionTableWidget *table : m_tables) {
        if (table->section() == section)
            return table;
    }
    return nullptr;
}

QString DocumentView::displayName() const
{
    const QString path = m_document->filePath().isEmpty() ? m_sourcePath : m_document->filePath();
    if (!path.isEmpty())
        return QFileInfo(path).fileName();
    // A lead fetched from the server and not saved yet goes by its 3DS id.
    const core::Draft &draft = m_document->draft();
    if (!draft.base.isNull() && !draft.dsLeadOpportunityId().isEmpty())
        return draft.dsLeadOpportunityId();
    return m_untitledNumber > 1 ? tr("Untitled %1").arg(m_untitledNumber) : tr("Untitled");
}

bool DocumentView::isPristine() const
{
    return m_sourcePath.isEmpty() && m_document->filePath().isEmpty()
        && m_session->undoStack()->count() == 0 && m_document->draft().base.isNull();
}

void DocumentView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QScrollArea *area : std::as_const(m_scrollAreas))
        area->widget()->setEnabled(!readOnly);
    for (SectionTableWidget *sectionTable : std::as_const(m_tables))
        sectionTable->setEnabled(!readOnly);
}

int DocumentView::tabOf(const core::FieldPath &path) const
{
    const Section section = core::formSectionOf(path);
    for (int tab = 0; tab < int(std::size(kTabs)); ++tab) {
        if (kTabs[tab] == section)
            return tab;
    }
    return -1;
}

void DocumentView::focusPath(const core::FieldPath &path)
{
    const int tab = tabOf(path);
    if (tab < 0) {
        m_rejectionBar->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_tabs->setCurrentIndex(tab);
    if (SectionTableWidget *sectionTable = table(kTabs[tab])) {
        sectionTable->focusPath(path);
        return;
    }
    for (FormBinder *binder : std::as_const(m_binders)) {
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
    for (int tab = 0; tab < int(std::size(kTabs)); ++tab) {
        const ErrorListModel::SectionCounts counts = m_errors->countsForSection(kTabs[tab]);
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
