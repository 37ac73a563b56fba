// A session keeps its findings current by revalidating only what an edit can affect: the
// edited row, the rows sharing a duplicate key with it, and the findings of shifted rows
// carried along. After any sequence of edits and row operations on a section too large to
// compare every row on each edit, the findings must be those of a whole-record validation.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "randomcell.h"
#include "ui/session/editsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace leadopp;

namespace {

// Sorted "path rule message" lines; `duplicates` false leaves the rules across rows out.
QStringList describe(const QList<core::Finding> &findings, bool duplicates = true)
{
    QStringList lines;
    for (const core::Finding &finding : findings) {
        if (duplicates || !finding.rule.startsWith(QLatin1String("duplicate-")))
            lines.append(finding.path + u' ' + finding.rule + u' ' + finding.message);
    }
    lines.sort();
    return lines;
}

class RandomEdits
{
public:
    RandomEdits(ui::EditSession &session, unsigned seed) : m_session(session), m_random(seed) { }

    QString step()
    {
        const auto section
            = pick(3) == 0 ? core::Section::CustomerContacts : core::Section::OfferLines;
        const int rows = m_session.document()->rowCount(section);
        if (rows == 0) {
            m_session.insertRow(section, 0, {});
            return QStringLiteral("insert an empty row");
        }
        const int row = pick(rows);
        switch (pick(9)) {
        case 0:
            m_session.insertRow(section, pick(rows + 1), m_session.document()->row(section, row));
            return QStringLiteral("insert a copy of row %1").arg(row);
        case 1:
            m_session.removeRow(section, row);
            return QStringLiteral("remove row %1").arg(row);
        case 2: {
            const int to = pick(rows);
            m_session.moveRow(section, row, to);
            return QStringLiteral("move row %1 to %2").arg(row).arg(to);
        }
        case 3:
            m_session.undoStack()->undo();
            return QStringLiteral("undo");
        default:
            return test::setRandomCell(m_session, section, row, m_random);
        }
    }

private:
    int pick(int count) { return std::uniform_int_distribution<int>(0, count - 1)(m_random); }

    ui::EditSession &m_session;
    std::mt19937 m_random;
};

} // namespace

class SessionIncremental : public ::testing::TestWithParam<unsigned>
{
};

TEST_P(SessionIncremental, findingsEqualAWholeValidationAfterEveryStep)
{
    // Above the row count up to which the session compares rows on every edit.
    const QJsonObject record = test::bigDraftRecord({ 240, 12, 9 });
    core::Document document(core::readDocument(QJsonDocument(record).toJson()).draft);
    ui::EditSession session(&document);
    RandomEdits edits(session, GetParam());
    for (int step = 0; step < 300; ++step) {
        const QString done = edits.step();
        const QList<core::Finding> expected
            = core::validateRecord(document.record(), session.exportMode());
        // Duplicates wait for a pause in typing; everything else is current at once.
        ASSERT_EQ(describe(session.findings(), false), describe(expected, false))
            << "seed " << GetParam() << " step " << step << ": " << done.toStdString();
        session.settleValidation();
        ASSERT_EQ(describe(session.findings()), describe(expected))
            << "seed " << GetParam() << " step " << step << " settled: " << done.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SessionIncremental, ::testing::Values(1u, 2u, 3u));
