// A Document keeps the rows of a section it changed row by row apart from its record, and
// puts the record together when asked. Whatever the order of edits, row commands and reads,
// it must read and put together exactly the record that the same changes make of a plain
// QJsonObject (the reference below: what the Document did before it kept rows apart).
#include "core/document/document.h"
#include "core/document/jsonaccess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>
#include <random>

using namespace leadopp::core;

namespace {

const QString kLines = QStringLiteral("offerLines");
const QString kContacts = QStringLiteral("customerContacts");
const QString kPartners = QStringLiteral("partnerContacts");

QJsonObject line(int n)
{
    return { { QStringLiteral("offerNameId"), QStringLiteral("3DEXPERIENCE_%1").arg(n % 7) },
             { QStringLiteral("amount"), n * 10 } };
}

QJsonObject startRecord()
{
    QJsonArray lines;
    for (int i = 0; i < 40; ++i)
        lines.append(line(i));
    return { { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("XJSR-DZMFFT") },
             { QStringLiteral("leadOpportunity"),
               QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P") },
                             { QStringLiteral("name"), QStringLiteral("Deal") } } },
             { kLines, lines },
             // No contacts yet, and partner contacts of the wrong type: a row command makes
             // an array of both, as it always did.
             { kPartners, QStringLiteral("none") } };
}

struct Step {
    Document &document;
    QJsonObject &reference;
    std::mt19937 &random;

    int pick(int below) { return below <= 0 ? 0 : int(random() % unsigned(below)); }
    Section sectionOf(const QString &key) const
    {
        return key == kLines   ? Section::OfferLines
            : key == kContacts ? Section::CustomerContacts
                               : Section::PartnerContacts;
    }
    const QString &anySection()
    {
        static const QString *keys[] = { &kLines, &kLines, &kContacts, &kPartners };
        return *keys[pick(4)];
    }
    int referenceRows(const QString &key) const
    {
        return int(reference.value(key).toArray().size());
    }
    // Row commands as the reference makes them: on the section's array taken out whole.
    void editReference(const QString &key, const std::function<void(QJsonArray &)> &edit)
    {
        QJsonArray rows = reference.take(key).toArray();
        edit(rows);
        reference.insert(key, rows);
    }

    void insert()
    {
        const QString &key = anySection();
        const int at = pick(referenceRows(key) + 1);
        const QJsonObject row = line(pick(1000));
        ASSERT_TRUE(document.insertRow(sectionOf(key), at, row));
        editReference(key, [&](QJsonArray &rows) { rows.insert(at, row); });
    }
    void remove()
    {
        const QString &key = anySection();
        const int rows = referenceRows(key);
        if (rows == 0)
            return;
        const int at = pick(rows);
        const int count = 1 + pick(std::min(3, rows - at));
        ASSERT_TRUE(document.removeRows(sectionOf(key), at, count));
        editReference(key, [&](QJsonArray &all) {
            for (int i = 0; i < count; ++i)
                all.removeAt(at);
        });
    }
    void move()
    {
        const QString &key = anySection();
        const int rows = referenceRows(key);
        if (rows < 2)
            return;
        const int from = pick(rows);
        const int to = pick(rows);
        ASSERT_TRUE(document.moveRow(sectionOf(key), from, to));
        if (from != to)
            editReference(key, [&](QJsonArray &all) { moveArrayItem(all, from, to); });
    }
    // Any path a value edit may name: a cell, a member no row has, a whole row, a row past
    // the end, a whole section, a field outside the rows; any value, Undefined included.
    FieldPath anyPath()
    {
        const QString &key = anySection();
        const int row = pick(referenceRows(key) + 2) - (pick(8) == 0 ? 1 : 0);
        const char *members[] = { "amount", "offerNameId", "revenueType", "email" };
        switch (pick(8)) {
        case 0:
            return FieldPath()
                .member(QStringLiteral("leadOpportunity"))
                .member(QStringLiteral("name"));
        case 1:
            return FieldPath().member(key);
        case 2:
            return FieldPath().member(key).index(std::max(row, 0));
        default:
            return FieldPath()
                .member(key)
                .index(std::max(row, 0))
                .member(QString::fromLatin1(members[pick(4)]));
        }
    }
    QJsonValue anyValue(const FieldPath &at)
    {
        switch (pick(6)) {
        case 0:
            return QJsonValue(QJsonValue::Undefined);
        case 1:
            return line(pick(1000));
        case 2:
            return at.size() == 1 ? QJsonValue(QJsonArray { line(1), line(2) }) : QJsonValue(7.5);
        default:
            return QStringLiteral("v%1").arg(pick(50));
        }
    }
    void edit()
    {
        const FieldPath at = anyPath();
        const QJsonValue value = anyValue(at);
        QJsonObject expected = reference;
        const bool stored = valueAt(expected, at) == value || setValueAt(expected, at, value);
        EXPECT_EQ(document.setValue(at, value), stored) << at.toString().toStdString();
        reference = expected;
    }
};

void expectSameRows(const Document &document, const QJsonObject &reference, int step)
{
    for (const QString &key : { kLines, kContacts, kPartners }) {
        const QJsonValue section = reference.value(key);
        ASSERT_EQ(document.holdsRows(key), section.isArray()) << "step " << step;
        const QJsonArray rows = section.toArray();
        ASSERT_EQ(document.rowCount(key), rows.size()) << key.toStdString() << " step " << step;
        for (int row = 0; row < rows.size(); ++row) {
            ASSERT_EQ(document.rowAt(key, row), rows.at(row)) << "step " << step;
            const FieldPath amount
                = FieldPath().member(key).index(row).member(QStringLiteral("amount"));
            ASSERT_EQ(document.value(amount), valueAt(reference, amount)) << "step " << step;
        }
    }
    ASSERT_EQ(document.value(FieldPath::parse(QStringLiteral("leadOpportunity.name"))),
              valueAt(reference, FieldPath::parse(QStringLiteral("leadOpportunity.name"))));
}

} // namespace

// `askOneIn`: the record is asked for once in so many steps on average; rarely, the changes
// noted for it pile up past what is worth bringing in, and it is put together afresh.
static void runRandomSteps(int askOneIn)
{
    for (unsigned seed = 1; seed <= 12; ++seed) {
        std::mt19937 random(seed);
        Draft draft;
        draft.record = startRecord();
        Document document(draft);
        QJsonObject reference = draft.record;
        Step step { document, reference, random };
        for (int i = 0; i < 600; ++i) {
            switch (step.pick(5)) {
            case 0:
                step.insert();
                break;
            case 1:
                step.remove();
                break;
            case 2:
                step.move();
                break;
            default:
                step.edit();
            }
            ASSERT_NO_FATAL_FAILURE(expectSameRows(document, reference, i)) << "seed " << seed;
            // The record put together now and then, so edits meet it both current and not.
            if (step.pick(askOneIn) == 0) {
                ASSERT_EQ(document.record(), reference) << "seed " << seed << " step " << i;
                ASSERT_EQ(document.draft().record, reference);
                ASSERT_EQ(document.snapshot().record, reference);
            }
        }
        EXPECT_EQ(document.record(), reference) << "seed " << seed;
    }
}

TEST(DocumentRows, anyOrderOfEditsRowCommandsAndReadsGivesTheRecordAPlainObjectWould)
{
    runRandomSteps(4);
}

TEST(DocumentRows, theSameWhenTheRecordIsAskedForRarely)
{
    runRandomSteps(400);
}

// Past so many changes noted for the record put together, it is put together afresh; the
// changes noted before must not be brought in on top of it.
TEST(DocumentRows, manyRowCommandsAfterTheRecordWasAskedFor)
{
    Draft draft;
    draft.record = startRecord();
    Document document(draft);
    QJsonObject reference = draft.record;
    ASSERT_TRUE(document.removeRow(Section::OfferLines, 0));
    QJsonArray lines = reference.value(kLines).toArray();
    lines.removeAt(0);
    ASSERT_EQ(document.record().value(kLines).toArray(), lines);
    for (int i = 0; i < 300; ++i) {
        ASSERT_TRUE(document.insertRow(Section::OfferLines, i % 7, line(i)));
        lines.insert(i % 7, line(i));
        ASSERT_TRUE(document.setValue(
            FieldPath().member(kLines).index(i % 5).member(QStringLiteral("amount")), i));
        QJsonObject row = lines.at(i % 5).toObject();
        row.insert(QStringLiteral("amount"), i);
        lines.replace(i % 5, row);
    }
    reference.insert(kLines, lines);
    EXPECT_EQ(document.record(), reference);
}

// A row command keeps the section apart; the record put together afterwards is an ordinary
// value: a copy taken before a later edit keeps what it held.
TEST(DocumentRows, aRecordTakenBeforeAnEditKeepsWhatItHeld)
{
    Draft draft;
    draft.record = startRecord();
    Document document(draft);
    ASSERT_TRUE(document.removeRow(Section::OfferLines, 3));
    const QJsonObject before = document.record();
    const QJsonValue amount
        = before.value(kLines).toArray().at(5).toObject().value(QStringLiteral("amount"));
    ASSERT_TRUE(document.setValue(FieldPath::parse(QStringLiteral("offerLines[5].amount")), 1));
    EXPECT_EQ(before.value(kLines).toArray().at(5).toObject().value(QStringLiteral("amount")),
              amount);
    EXPECT_EQ(
        document.record().value(kLines).toArray().at(5).toObject().value(QStringLiteral("amount")),
        QJsonValue(1));
    EXPECT_EQ(document.record().value(kLines).toArray().size(), 39);
}

// Opening a draft again (a revert) forgets the rows kept apart.
TEST(DocumentRows, setDraftStartsFromTheNewRecord)
{
    Draft draft;
    draft.record = startRecord();
    Document document(draft);
    ASSERT_TRUE(document.removeRows(Section::OfferLines, 0, 10));
    document.setDraft(draft);
    EXPECT_EQ(document.rowCount(Section::OfferLines), 40);
    EXPECT_EQ(document.record(), draft.record);
}
