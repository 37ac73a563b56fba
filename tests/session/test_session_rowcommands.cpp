// Row commands on a section larger than the session compares on every edit: after each
// insert, remove or move, and after undoing and redoing it, the findings are those of a
// whole-record validation, and undo gives back the record exactly as it was.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "core/validation/validator.h"
#include "findinglines.h"
#include "ui/session/editsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <random>

using namespace leadopp;

namespace {

// The findings of a whole validation, once the session's own are checked for being in form
// order and found again by their paths.
QStringList expected(const ui::EditSession &session)
{
    const QList<core::Finding> &findings = session.findings();
    qsizetype byPath = 0;
    QSet<QString> paths;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const core::Finding &finding = findings.at(i);
        EXPECT_TRUE(session.findingsAt(finding.path).contains(finding)) << i;
        if (i > 0) {
            EXPECT_FALSE(session.formPositionOf(finding.path)
                         < session.formPositionOf(findings.at(i - 1).path))
                << i;
        }
        if (!paths.contains(finding.path))
            byPath += session.findingsAt(finding.path).size();
        paths.insert(finding.path);
    }
    EXPECT_EQ(byPath, findings.size());
    return test::findingLines(
        core::validateRecord(session.document()->record(), session.exportMode()));
}

// One insert (a copy of a row, so duplicates come and go), remove or move of a random row.
QString rowCommand(ui::EditSession &session, std::mt19937 &random)
{
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    const auto section = pick(3) == 0 ? core::Section::CustomerContacts : core::Section::OfferLines;
    const int rows = session.document()->rowCount(section);
    if (rows < 2) {
        session.insertRow(section, 0, {});
        return QStringLiteral("insert an empty row");
    }
    const int row = pick(rows);
    switch (pick(3)) {
    case 0: {
        const int at = pick(rows + 1);
        session.insertRow(section, at, session.document()->row(section, row));
        return QStringLiteral("insert a copy of row %1 at %2").arg(row).arg(at);
    }
    case 1:
        session.removeRow(section, row);
        return QStringLiteral("remove row %1").arg(row);
    default: {
        const int to = pick(rows);
        session.moveRow(section, row, to);
        return QStringLiteral("move row %1 to %2").arg(row).arg(to);
    }
    }
}

} // namespace

TEST(SessionRowCommands, findingsEqualAWholeValidationThroughUndoAndRedo)
{
    // A mistake every 9 rows, and duplicates seeded by copying rows.
    const QJsonObject record = test::bigDraftRecord({ 260, 30, 9 });
    core::Document document(core::readDocument(QJsonDocument(record).toJson()).draft);
    ui::EditSession session(&document);
    session.settleValidation();
    const QJsonObject opened = document.record();
    std::mt19937 random(1517);
    for (int step = 0; step < 120; ++step) {
        const QString done = rowCommand(session, random);
        ASSERT_EQ(test::findingLines(session.findings()), expected(session))
            << step << ' ' << done.toStdString();
        if (step % 5 != 4)
            continue;
        session.undoStack()->undo();
        ASSERT_EQ(test::findingLines(session.findings()), expected(session)) << step << " undo";
        session.undoStack()->redo();
        ASSERT_EQ(test::findingLines(session.findings()), expected(session)) << step << " redo";
    }
    while (session.undoStack()->canUndo()) {
        session.undoStack()->undo();
        ASSERT_EQ(test::findingLines(session.findings()), expected(session)) << "undoing all";
    }
    EXPECT_EQ(document.record(), opened);
}
