#include "ui/session/editsession.h"

#include "ui/session/logging.h"
#include "ui/session/setvaluecommand.h"

#include <QJsonArray>
#include <QTimer>
#include <QUndoStack>

namespace leadopp::ui {

namespace {

constexpr int kSettleDelayMs = 300;
// Up to this many rows the rules across rows (duplicates) run on every edit, so the
// problems always equal a full validation; beyond it they wait for a pause in typing.
constexpr int kSyncCrossRowLimit = 200;
// Rows indexed per pass of the idle index build: a few milliseconds.
constexpr int kIndexSliceRows = 2000;
// The idle index build begins after this pause, so the first frame of a draft just opened
// and the first keystrokes after a change come before it; its passes then follow each other.
constexpr int kIndexPauseMs = kSettleDelayMs;

} // namespace

EditSession::EditSession(core::Document *document, QObject *parent, FirstValidation first)
    : QObject(parent), m_document(document), m_undoStack(new QUndoStack(this)),
      m_settleTimer(new QTimer(this)), m_indexTimer(new QTimer(this))
{
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleDelayMs);
    connect(m_settleTimer, &QTimer::timeout, this, &EditSession::settleValidation);
    connect(m_indexTimer, &QTimer::timeout, this, [this] {
        m_indexTimer->setInterval(0);
        if (!m_pendingSections.isEmpty()
            || !m_validation.prepareRowIndexes(*m_document, kIndexSliceRows))
            m_indexTimer->stop();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean || m_unsavedHistory); });
    // A submission attempt is no undoable edit, but it must not be lost on close either.
    connect(m_document, &core::Document::submissionsChanged, this,
            [this] { setUnsavedHistory(true); });
    connect(m_document, &core::Document::documentReset, this, [this] { setUnsavedHistory(false); });
    connectDocument();
    m_issues.rebuildServerIndex();
    if (first == FirstValidation::Now)
        revalidateAll();
    else
        m_validatedMode = exportMode();
}

EditSession::~EditSession() = default;

void EditSession::connectDocument()
{
    connect(m_document, &core::Document::valueChanged, this, &EditSession::onValueChanged);
    connect(m_document, &core::Document::rowsInserted, this,
            [this](core::Section section, int first, int last) {
                onRowsChanged(section, [&](const QString &key) {
                    return m_validation.rowsInserted(*m_document, m_validatedMode, key, first,
                                                     last);
                });
            });
    connect(m_document, &core::Document::rowsRemoved, this,
            [this](core::Section section, int first, int last) {
                onRowsChanged(section, [&](const QString &key) {
                    return m_validation.rowsRemoved(*m_document, m_validatedMode, key, first, last);
                });
            });
    connect(m_document, &core::Document::rowMoved, this,
            [this](core::Section section, int from, int to) {
                onRowsChanged(section, [&](const QString &key) {
                    return m_validation.rowMoved(*m_document, m_validatedMode, key, from, to);
                });
            });
    connect(m_document, &core::Document::documentReset, this, &EditSession::onDocumentReset);
    connect(m_document, &core::Document::rejectionChanged, this,
            &EditSession::onServerErrorsChanged);
    connect(m_document, &core::Document::addressedChanged, this, [this] { announceIssues({}); });
}

bool EditSession::setValue(const core::FieldPath &path, const QJsonValue &value, Edit edit)
{
    if (!path.isValid() || path.isRecord())
        return false;
    const QJsonValue old = m_document->value(path);
    if (old == value)
        return true;
    qCDebug(lcSession).noquote() << "set" << path.toString();
    m_undoStack->push(new SetValueCommand(m_document, path, old, value, edit == Edit::Typing));
    return m_document->value(path) == value;
}

void EditSession::recordServerValue(const core::FieldPath &path, const QJsonValue &value)
{
    m_undoStack->clear();
    m_document->setValue(path, value);
    setUnsavedHistory(true);
    setCreateMode(false);
}

bool EditSession::isModified() const
{
    return !m_undoStack->isClean() || m_unsavedHistory;
}

void EditSession::markSaved()
{
    m_undoStack->setClean();
    setUnsavedHistory(false);
}

void EditSession::setUnsavedHistory(bool unsaved)
{
    const bool before = isModified();
    m_unsavedHistory = unsaved;
    if (isModified() != before)
        Q_EMIT modifiedChanged(isModified());
}

core::ExportMode EditSession::exportMode() const
{
    // defaultExportMode() leaves the rows out on its own: a 5,000-line draft costs nothing.
    return m_createMode ? core::ExportMode::Create : m_document->exportMode();
}

void EditSession::setCreateMode(bool create)
{
    if (create == m_createMode)
        return;
    m_createMode = create;
    revalidateAll();
}

void EditSession::onValueChanged(const core::FieldPath &path)
{
    if (exportMode() != m_validatedMode) {
        revalidateAll();
        return;
    }
    bool changed = m_validation.validateChange(*m_document, exportMode(), path);
    if (LiveValidation::isRowPath(path)) {
        if (!m_pendingSections.contains(path.left(1)))
            m_pendingSections.append(path.left(1));
        if (m_document->rowCount(path.left(1).toString()) <= kSyncCrossRowLimit) {
            changed = settlePending() || changed;
        } else {
            m_settleTimer->start();
        }
    }
    if (changed)
        notifyFindingsChanged();
    prepareIndexesWhenIdle();
}

void EditSession::settleValidation()
{
    if (settlePending())
        notifyFindingsChanged();
    prepareIndexesWhenIdle();
}

bool EditSession::isIndexingRows() const
{
    return m_indexTimer->isActive() && m_pendingSections.isEmpty();
}

void EditSession::prepareIndexesWhenIdle()
{
    // While a settle is due the timer stops at its next pass (the settle builds the index it
    // needs itself); it is not stopped here, or every keystroke would stop and start it.
    if (m_pendingSections.isEmpty() && !m_indexTimer->isActive()
        && m_validation.needsRowIndexes(*m_document))
        m_indexTimer->start(kIndexPauseMs);
}

bool EditSession::settlePending()
{
    m_settleTimer->stop();
    bool changed = false;
    for (const core::FieldPath &section : std::as_const(m_pendingSections))
        changed = m_validation.validateSection(*m_document, m_validatedMode, section) || changed;
    m_pendingSections.clear();
    return changed;
}

void EditSession::onRowsChanged(core::Section section,
                                const std::function<bool(const QString &)> &shift)
{
    // Row changes shift the paths of server errors too. They never change the export mode
    // (the rows carry no 3DS id), so the findings stay in the mode validated.
    m_issues.rebuildServerIndex();
    const QString key = core::FieldCatalogue::section(section)->key;
    if (shift(key))
        Q_EMIT findingsChanged();
    // Server errors follow their rows; what else changed, the live validation knows.
    announceIssues(m_validation.takeChanges());
    prepareIndexesWhenIdle();
}

void EditSession::onDocumentReset()
{
    m_undoStack->clear();
    m_issues.rebuildServerIndex();
    revalidateAll();
}

void EditSession::onServerErrorsChanged()
{
    m_issues.rebuildServerIndex();
    announceIssues({});
}

void EditSession::appendSubmission(const core::SubmissionAttempt &attempt)
{
    m_document->appendSubmission(attempt);
}

void EditSession::setRejection(const core::Rejection &rejection,
                               const QList<core::FieldError> &errors,
                               const core::Document::Snapshot *sent)
{
    m_document->setRejection(rejection, errors, sent);
}

void EditSession::clearRejection()
{
    m_document->clearRejection();
}

void EditSession::setBase(const core::ServerBase &base)
{
    m_document->setBase(base);
    setUnsavedHistory(true);
}

} // namespace leadopp::ui
