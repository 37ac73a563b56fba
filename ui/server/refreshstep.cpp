#include "ui/server/refreshstep.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/document/changelist.h"
#include "core/document/document.h"
#include "core/document/jsonaccess.h"
#include "ui/session/editsession.h"

#include <QUndoStack>

namespace leadopp::ui {

namespace {

// A value in a row past the draft's last one: the rows up to it come in whole.
bool insertMissingRows(EditSession *session, const core::Document *document,
                       const QJsonObject &refreshed, const core::FieldPath &path)
{
    const int row = path.rowIndex();
    const core::SectionSpec *spec
        = row < 0 ? nullptr : core::FieldCatalogue::sectionByKey(path.left(1).toString());
    if (!spec || row < document->rowCount(spec->section))
        return false;
    for (int next = document->rowCount(spec->section); next <= row; ++next)
        session->insertRow(spec->section, next,
                           core::valueAt(refreshed, path.left(1).index(next)).toObject());
    return true;
}

} // namespace

bool applyRefreshStep(EditSession *session, const core::Draft &refreshed, const QString &text)
{
    const core::Document *document = session->document();
    QUndoStack *stack = session->undoStack();
    stack->beginMacro(text);
    const QList<core::FieldChange> changes
        = core::fieldChanges(document->record(), refreshed.record);
    for (const core::FieldChange &change : changes) {
        const core::FieldPath path = core::FieldPath::parse(change.path);
        if (!insertMissingRows(session, document, refreshed.record, path))
            session->setValue(path, core::valueAt(refreshed.record, path),
                              EditSession::Edit::Choice);
    }
    session->pushBase(refreshed.base);
    stack->endMacro();
    return core::fieldChanges(document->record(), refreshed.record).isEmpty();
}

} // namespace leadopp::ui
