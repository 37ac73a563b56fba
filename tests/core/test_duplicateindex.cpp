// The duplicate index must find, after any sequence of cell edits, exactly the duplicate
// findings a whole-record validation finds: it is how the editor keeps them current without
// comparing every row with every other.
#include "core/validation/duplicateindex.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace leadopp;

namespace {

QStringList describe(const QList<core::Finding> &findings)
{
    QStringList lines;
    for (const core::Finding &finding : findings) {
        if (finding.rule.startsWith(QLatin1String("duplicate-")))
            lines.append(finding.path + u' ' + finding.rule + u' ' + finding.message);
    }
    lines.sort();
    return lines;
}

// The row part of a path ("offerLines[4].amount" -> 4); -1 outside `section`'s rows.
int rowOfPath(const QString &path, const QString &section)
{
    if (!path.startsWith(section + u'['))
        return -1;
    return path.mid(section.size() + 1).section(u']', 0, 0).toInt();
}

/// Keeps the duplicate findings of one section the way the editor does: drops those on the
/// rows an edit affects and adds the index's findings among them.
class KeptFindings
{
public:
    KeptFindings(const QJsonObject &record, const QString &section)
        : m_section(section), m_index(core::JsonRecordRows(record), section),
          m_findings(core::validateRecord(record, core::ExportMode::Update))
    { }

    void edited(const QJsonObject &record, int row)
    {
        const QList<int> rows = m_index.rowChanged(core::JsonRecordRows(record), row);
        m_findings.removeIf([&](const core::Finding &finding) {
            return rows.contains(rowOfPath(finding.path, m_section));
        });
        m_findings += m_index.findingsAmong(record, rows);
    }
    const QList<core::Finding> &findings() const { return m_findings; }

private:
    QString m_section;
    core::DuplicateIndex m_index;
    QList<core::Finding> m_findings;
};

QJsonObject offerLine(int offer, int type, double amount)
{
    static const QStringList types { QStringLiteral("UPFRONT"), QStringLiteral("RENTAL_BOOKING") };
    return { { QStringLiteral("offerNameId"), QStringLiteral("OFFER_%1").arg(offer) },
             { QStringLiteral("revenueType"), types.at(type) },
             { QStringLiteral("amount"), amount } };
}

QJsonObject recordWithLines(const QJsonArray &lines)
{
    return { { QStringLiteral("offerLines"), lines } };
}

} // namespace

TEST(DuplicateIndex, sectionWithoutDuplicateRuleIsNotIndexed)
{
    EXPECT_FALSE(
        core::DuplicateIndex(core::JsonRecordRows(QJsonObject()), QStringLiteral("leadOpportunity"))
            .isValid());
    EXPECT_TRUE(
        core::DuplicateIndex(core::JsonRecordRows(QJsonObject()), QStringLiteral("offerLines"))
            .isValid());
}

TEST(DuplicateIndex, editTouchesOnlyTheRowsSharingItsOldOrNewKey)
{
    QJsonArray lines;
    for (int i = 0; i < 8; ++i)
        lines.append(offerLine(i, 0, 100 + i));
    lines[5] = offerLine(2, 0, 102); // repeats row 2
    QJsonObject record = recordWithLines(lines);
    core::DuplicateIndex index(core::JsonRecordRows(record), QStringLiteral("offerLines"));
    lines[6] = offerLine(2, 0, 102); // now repeats row 2 as well
    record = recordWithLines(lines);
    EXPECT_EQ(index.rowChanged(core::JsonRecordRows(record), 6), (QList<int> { 2, 5, 6 }));
    const QList<core::Finding> found = index.findingsAmong(record, { 2, 5, 6 });
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).path, QStringLiteral("offerLines[5]"));
    EXPECT_EQ(found.at(1).path, QStringLiteral("offerLines[6]"));
}

TEST(DuplicateIndex, randomEditsKeepTheFindingsOfAWholeValidation)
{
    std::mt19937 random(20417);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    QJsonArray lines;
    for (int i = 0; i < 40; ++i)
        lines.append(offerLine(pick(3), pick(2), pick(3)));
    QJsonObject record = recordWithLines(lines);
    KeptFindings kept(record, QStringLiteral("offerLines"));
    for (int step = 0; step < 400; ++step) {
        const int row = pick(int(lines.size()));
        const int what = pick(4);
        if (what == 0)
            lines[row] = QJsonObject { { QStringLiteral("amount"), 1 } }; // no offer: no key
        else if (what == 1)
            lines[row] = QStringLiteral("not a row");
        else // -0 and 0 share a rough key but are written apart: the exact key decides
            lines[row] = offerLine(pick(3), pick(2), (what == 3 ? -1.0 : 1.0) * pick(3));
        record = recordWithLines(lines);
        kept.edited(record, row);
        ASSERT_EQ(describe(kept.findings()),
                  describe(core::validateRecord(record, core::ExportMode::Update)))
            << "step " << step << ", row " << row;
    }
}

TEST(DuplicateIndex, contactEmailsCompareTrimmedAndCaseFolded)
{
    const auto contact = [](const QString &email) {
        return QJsonObject { { QStringLiteral("email"), email } };
    };
    QJsonArray contacts { contact(QStringLiteral("a@x.example")),
                          contact(QStringLiteral("b@x.example")) };
    QJsonObject record { { QStringLiteral("customerContacts"), contacts } };
    core::DuplicateIndex index(core::JsonRecordRows(record), QStringLiteral("customerContacts"));
    contacts[1] = contact(QStringLiteral(" A@X.example "));
    record.insert(QStringLiteral("customerContacts"), contacts);
    const QList<core::Finding> found
        = index.findingsAmong(record, index.rowChanged(core::JsonRecordRows(record), 1));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().path, QStringLiteral("customerContacts[1].email"));
    EXPECT_EQ(describe(found), describe(core::validateRecord(record, core::ExportMode::Update)));
}

// Row inserts, removes and moves carried into the index leave it grouping the rows as an
// index built afresh would: its findings among the rows sharing a key are the duplicates of a
// whole validation. Inserts piled up at one place and a row moved back and forth use up the
// room between neighbouring rows, so the index has to make room again along the way.
TEST(DuplicateIndex, rowShiftsKeepTheFindingsOfAWholeValidation)
{
    std::mt19937 random(4417);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    QJsonArray lines;
    for (int i = 0; i < 30; ++i)
        lines.append(offerLine(pick(3), pick(2), pick(3)));
    QJsonObject record = recordWithLines(lines);
    core::DuplicateIndex index(core::JsonRecordRows(record), QStringLiteral("offerLines"));
    for (int step = 0; step < 600; ++step) {
        const int what = step < 100 ? 0 : (step < 200 ? 3 : pick(4));
        const int row = pick(int(lines.size()));
        if (what == 0) { // the first hundred all at row 7
            const int at = step < 100 ? 7 : row;
            lines.insert(at, offerLine(pick(3), pick(2), pick(3)));
            record = recordWithLines(lines);
            index.rowsInserted(core::JsonRecordRows(record), at, at);
        } else if (what == 1 && lines.size() > 2) {
            lines.removeAt(row);
            record = recordWithLines(lines);
            index.rowsRemoved(row, row);
        } else { // the second hundred swap rows 11 and 12 over and over
            const int from = step < 200 ? 11 + step % 2 : row;
            const int to = step < 200 ? 12 - step % 2 : pick(int(lines.size()));
            lines.insert(to, lines.takeAt(from));
            record = recordWithLines(lines);
            index.rowMoved(from, to);
        }
        ASSERT_EQ(index.rowCount(), lines.size());
        ASSERT_EQ(describe(index.findingsAmong(record, index.rowsSharingKeys())),
                  describe(core::validateRecord(record, core::ExportMode::Update)))
            << "step " << step;
    }
}

// Built a slice at a time, as the editor builds it while idle, the index groups the rows as
// one built at once: the same rows share keys and the same duplicates are found.
TEST(DuplicateIndex, builtInSlicesEqualsBuiltAtOnce)
{
    std::mt19937 random(9101);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    QJsonArray lines;
    for (int i = 0; i < 1000; ++i)
        lines.append(offerLine(pick(60), pick(2), pick(4)));
    const QJsonObject record = recordWithLines(lines);
    const core::DuplicateIndex whole(core::JsonRecordRows(record), QStringLiteral("offerLines"));
    core::DuplicateIndex sliced(QStringLiteral("offerLines"));
    ASSERT_TRUE(sliced.isValid());
    EXPECT_FALSE(sliced.indexMore(core::JsonRecordRows(record), 150));
    EXPECT_EQ(sliced.rowCount(), 150);
    int calls = 1;
    while (!sliced.indexMore(core::JsonRecordRows(record), 150))
        ++calls;
    EXPECT_EQ(calls + 1, 7); // 150 rows a call, the last one 100
    EXPECT_EQ(sliced.rowCount(), 1000);
    EXPECT_TRUE(
        sliced.indexMore(core::JsonRecordRows(record), 150)); // nothing left: stays complete
    EXPECT_EQ(sliced.rowCount(), 1000);
    ASSERT_FALSE(whole.rowsSharingKeys().isEmpty());
    EXPECT_EQ(sliced.rowsSharingKeys(), whole.rowsSharingKeys());
    EXPECT_EQ(describe(sliced.findingsAmong(record, sliced.rowsSharingKeys())),
              describe(core::validateRecord(record, core::ExportMode::Update)));
}

// The index keeps its rows in chunks; over many of them, rows inserted, removed and moved
// anywhere leave it grouping the rows as an index built afresh.
TEST(DuplicateIndex, rowShiftsOverManyRowsKeepTheFindingsOfAWholeValidation)
{
    std::mt19937 random(5003);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    QJsonArray lines;
    for (int i = 0; i < 900; ++i)
        lines.append(offerLine(pick(200), pick(2), pick(3)));
    QJsonObject record = recordWithLines(lines);
    core::DuplicateIndex index(core::JsonRecordRows(record), QStringLiteral("offerLines"));
    for (int step = 0; step < 400; ++step) {
        const int row = pick(int(lines.size()));
        if (step % 3 == 0) {
            lines.insert(row, offerLine(pick(200), pick(2), pick(3)));
            record = recordWithLines(lines);
            index.rowsInserted(core::JsonRecordRows(record), row, row);
        } else if (step % 3 == 1) {
            lines.removeAt(row);
            record = recordWithLines(lines);
            index.rowsRemoved(row, row);
        } else {
            const int to = pick(int(lines.size()));
            lines.insert(to, lines.takeAt(row));
            record = recordWithLines(lines);
            index.rowMoved(row, to);
        }
        ASSERT_EQ(index.rowCount(), lines.size());
        if (step % 20 != 19)
            continue;
        ASSERT_EQ(describe(index.findingsAmong(record, index.rowsSharingKeys())),
                  describe(core::validateRecord(record, core::ExportMode::Update)))
            << "step " << step;
    }
}
