// The duplicate indexes are built while the editor is idle after opening, a slice at a
// time, so no row command or settle pays for all rows at once. Whether a command comes
// before, during or after that build, the findings are those of a whole-record validation.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "core/validation/validator.h"
#include "findinglines.h"
#include "ui/session/editsession.h"
#include "ui/session/livevalidation.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace leadopp;

namespace {

QStringList wholeValidation(const QJsonObject &record)
{
    return test::findingLines(core::validateRecord(record, core::ExportMode::Update));
}

const QString kLines = QStringLiteral("offerLines");

// Row `row`'s offer, revenue type and amount made those of row `like`: a duplicate of it.
QJsonObject withRepeat(QJsonObject record, int row, int like)
{
    QJsonArray lines = record.take(kLines).toArray();
    lines.replace(row, lines.at(like));
    record.insert(kLines, lines);
    return record;
}

} // namespace

// Opened with more offer lines than one slice, the session builds the index in passes of
// the event loop, then says so; the row commands after it find what a whole validation does.
TEST(SessionIdleIndex, builtWhileIdleThenRowCommandsFindAWholeValidation)
{
    const QJsonObject record = test::bigDraftRecord({ 4500, 40, 11 });
    core::Document document(core::readDocument(QJsonDocument(record).toJson()).draft);
    ui::EditSession session(&document);
    ASSERT_TRUE(session.isIndexingRows());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.isIndexingRows(); }));
    const QList<core::Finding> before = session.findings();
    EXPECT_EQ(test::findingLines(before), wholeValidation(document.record()));
    QSignalSpy changed(&session, &ui::EditSession::findingsChanged);
    const auto lines = core::Section::OfferLines;
    ASSERT_TRUE(session.insertRow(lines, 3000, document.row(lines, 12)));
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    ASSERT_TRUE(session.moveRow(lines, 3000, 10));
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    ASSERT_TRUE(session.removeRow(lines, 12));
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    while (session.undoStack()->canUndo()) {
        session.undoStack()->undo();
        ASSERT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    }
    EXPECT_EQ(session.findings(), before);
    EXPECT_GE(changed.size(), 3);
}

// The build waits for a pause after opening (or a change), as the settle does, so the
// first frame of a draft just opened and the first keystrokes come before its passes.
TEST(SessionIdleIndex, beginsAfterAPause)
{
    const QJsonObject record = test::bigDraftRecord({ 4500, 40, 11 });
    core::Document document(core::readDocument(QJsonDocument(record).toJson()).draft);
    ui::EditSession session(&document);
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    ASSERT_TRUE(session.isIndexingRows());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.isIndexingRows(); }));
    // A coarse timer may fire up to 5% early; three passes without the pause take a few ms.
    EXPECT_GE(sinceOpen.elapsed(), 250);
}

// A row command or a settle that comes before the index is complete does not wait for it:
// it works as if no build had begun, and the build starts over on the record as it is.
TEST(SessionIdleIndex, commandsDuringTheBuildFindAWholeValidation)
{
    const QJsonObject record = test::bigDraftRecord({ 4500, 40, 11 });
    core::Document document(core::readDocument(QJsonDocument(record).toJson()).draft);
    ui::EditSession session(&document);
    // One slice of the build.
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.hasPartialRowIndex(); }));
    ASSERT_TRUE(session.isIndexingRows());
    const auto lines = core::Section::OfferLines;
    const QJsonObject copied = document.row(lines, 40);
    ASSERT_TRUE(session.setValue(core::FieldPath::parse(QStringLiteral("offerLines[5]")), copied,
                                 ui::EditSession::Edit::Choice));
    EXPECT_FALSE(session.isIndexingRows()); // a settle is due: it builds the index itself
    session.settleValidation();
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    QCoreApplication::processEvents();
    ASSERT_TRUE(session.removeRow(lines, 40));
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !session.isIndexingRows(); }));
    ASSERT_TRUE(session.insertRow(lines, 7, copied));
    EXPECT_EQ(test::findingLines(session.findings()), wholeValidation(document.record()));
}

// The live validation alone: a row edited inside the part already indexed drops the part
// built so far, so the index completed later groups the row by its new content.
TEST(SessionIdleIndex, anEditDropsThePartBuiltSoFar)
{
    // Offer lines alone, so the first slice is theirs.
    QJsonObject opened = test::bigDraftRecord({ 900, 0, 0 });
    opened.remove(QStringLiteral("customerContacts"));
    opened.remove(QStringLiteral("partnerContacts"));
    ASSERT_TRUE(wholeValidation(opened).filter(QStringLiteral("duplicate-")).isEmpty());
    ui::LiveValidation validation;
    validation.adoptAll(core::validateRecord(opened, core::ExportMode::Update));
    ASSERT_TRUE(validation.prepareRowIndexes(core::JsonRecordRows(opened),
                                             300)); // rows 0..299 of the offer lines
    const QJsonObject edited = withRepeat(opened, 100, 600);
    validation.validateChange(core::JsonRecordRows(edited), core::ExportMode::Update,
                              core::FieldPath::parse(QStringLiteral("offerLines[100]")));
    int passes = 0;
    while (validation.prepareRowIndexes(core::JsonRecordRows(edited), 300))
        ++passes;
    EXPECT_GE(passes, 3);
    const QStringList expected = wholeValidation(edited);
    ASSERT_FALSE(expected.filter(QStringLiteral("duplicate-")).isEmpty());
    EXPECT_EQ(test::findingLines(validation.findings()), expected);
}
