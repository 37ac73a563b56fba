// The findings of a section's rows follow their rows through inserts, removes and moves
// without being written anew: after any sequence of shifts, read back, they must be those
// a whole validation of the shifted rows finds, texts naming the new row numbers included.
#include "core/catalogue/formposition.h"
#include "core/validation/duplicaterules.h"
#include "core/validation/validator.h"
#include "ui/session/livevalidation.h"
#include "ui/session/rowfindings.h"

#include <QJsonArray>
#include <QStringList>

#include <gtest/gtest.h>

#include <random>

using namespace leadopp;

namespace {

const QString kSection = QStringLiteral("offerLines");

std::string describe(const QList<core::Finding> &findings)
{
    QStringList lines;
    for (const core::Finding &finding : findings)
        lines.append(finding.path + u' ' + finding.rule + u' ' + finding.message);
    lines.sort();
    return lines.join(u'\n').toStdString();
}

QJsonObject line(const QString &offer, const QJsonValue &amount)
{
    return { { QStringLiteral("offerNameId"), offer },
             { QStringLiteral("revenueType"), QStringLiteral("UPFRONT") },
             { QStringLiteral("amount"), amount } };
}

// The findings on the section's rows, as a whole validation of `rows` finds them.
QList<core::Finding> validatedRows(const QJsonArray &rows)
{
    QList<core::Finding> found
        = core::validateRecord({ { kSection, rows } }, core::ExportMode::Update);
    found.removeIf([](const core::Finding &finding) {
        return ui::RowFindings::rowOfPath(kSection, finding.path) < 0;
    });
    return found;
}

QList<core::Finding> readBack(const ui::RowFindings &kept)
{
    QList<core::Finding> all;
    kept.appendAll(all);
    return all;
}

// Rows 3 and 8 repeat rows 1 and 2; every fourth row has an amount the rules refuse.
QJsonArray sampleRows()
{
    QJsonArray rows;
    for (int i = 0; i < 12; ++i) {
        const QJsonValue amount = i % 4 == 3 ? QJsonValue(QStringLiteral("12,5")) : QJsonValue(i);
        rows.append(line(QStringLiteral("OFFER_%1").arg(i), amount));
    }
    rows[3] = rows.at(1);
    rows[8] = rows.at(2);
    return rows;
}

// The rows holding `offer`, ascending: a row's duplicate group in these rows.
QList<int> groupOf(const QJsonArray &rows, const QJsonValue &offer)
{
    QList<int> group;
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).toObject().value(QStringLiteral("offerNameId")) == offer)
            group.append(row);
    }
    return group;
}

// What the editor does after a shift: the own findings of a new row are found, and the
// duplicates of the shifted row's group compared again; every other text is left as it is.
void refresh(ui::RowFindings &kept, const QJsonArray &rows, const QJsonValue &offer, int added)
{
    const QJsonObject record { { kSection, rows } };
    if (added >= 0) {
        QList<core::Finding> own;
        for (const core::Finding &finding : validatedRows(rows)) {
            if (ui::RowFindings::rowOfPath(kSection, finding.path) == added
                && !finding.rule.startsWith(QLatin1String("duplicate-")))
                own.append(finding);
        }
        kept.setOwn(added, own);
    }
    const QList<int> group = groupOf(rows, offer);
    kept.setRepeats(group,
                    core::validation::repeatsAmong(core::JsonRecordRows(record),
                                                   *core::validation::duplicateRuleOf(kSection),
                                                   group));
}

} // namespace

TEST(RowFindings, shiftedFindingsReadAsAFreshValidationOfTheShiftedRows)
{
    QJsonArray rows = sampleRows();
    ui::RowFindings kept(kSection);
    for (const core::Finding &finding : validatedRows(rows))
        kept.add(ui::RowFindings::rowOfPath(kSection, finding.path), finding);
    EXPECT_TRUE(kept.hasUnplacedRepeats());
    QList<int> all;
    for (int row = 0; row < rows.size(); ++row)
        all.append(row);
    const QJsonObject record { { kSection, rows } };
    kept.setAllRepeats(core::validation::repeatsAmong(
        core::JsonRecordRows(record), *core::validation::duplicateRuleOf(kSection), all));
    EXPECT_FALSE(kept.hasUnplacedRepeats());
    ASSERT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));

    std::mt19937 random(77);
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    for (int step = 0; step < 300; ++step) {
        const int row = pick(int(rows.size()));
        const int kind = rows.size() < 6 ? 0 : pick(3);
        QString done;
        if (kind == 0) {
            const int at = pick(int(rows.size()) + 1);
            // A copy of a row joins its group; a new row with a refused amount has findings.
            const QJsonValue copy = pick(2)
                ? rows.at(row)
                : line(QStringLiteral("NEW_%1").arg(step), QStringLiteral("x"));
            rows.insert(at, copy);
            kept.shift({ ui::RowShift::Kind::Insert, at, at });
            refresh(kept, rows, copy.toObject().value(QStringLiteral("offerNameId")), at);
            done = QStringLiteral("insert at %1").arg(at);
        } else if (kind == 1) {
            const QJsonValue offer = rows.at(row).toObject().value(QStringLiteral("offerNameId"));
            rows.removeAt(row);
            kept.shift({ ui::RowShift::Kind::Remove, row, row });
            refresh(kept, rows, offer, -1);
            done = QStringLiteral("remove %1").arg(row);
        } else {
            const int to = pick(int(rows.size()));
            const QJsonValue offer = rows.at(row).toObject().value(QStringLiteral("offerNameId"));
            rows.insert(to, rows.takeAt(row));
            kept.shift({ ui::RowShift::Kind::Move, row, to });
            refresh(kept, rows, offer, -1);
            done = QStringLiteral("move %1 to %2").arg(row).arg(to);
        }
        ASSERT_EQ(describe(readBack(kept)), describe(validatedRows(rows)))
            << step << ' ' << done.toStdString();
    }
}

TEST(RowFindings, aRowsFindingsAreFoundByItsNumberNow)
{
    const QJsonArray rows = sampleRows();
    ui::RowFindings kept(kSection);
    for (const core::Finding &finding : validatedRows(rows)) {
        if (!finding.rule.startsWith(QLatin1String("duplicate-")))
            kept.add(ui::RowFindings::rowOfPath(kSection, finding.path), finding);
    }
    kept.shift({ ui::RowShift::Kind::Insert, 0, 1 });
    ASSERT_FALSE(kept.findingsOf(9).isEmpty()); // row 7 before, amount "12,5"
    for (const core::Finding &finding : kept.findingsOf(9))
        EXPECT_EQ(ui::RowFindings::rowOfPath(kSection, finding.path), 9)
            << finding.path.toStdString();
    EXPECT_TRUE(kept.findingsOf(7).isEmpty());
    kept.shift({ ui::RowShift::Kind::Remove, 9, 9 });
    EXPECT_TRUE(kept.findingsOf(9).isEmpty());
}

// A duplicate that goes frees the place its repeated row's number was kept in, and the next
// duplicate takes it: each must go on naming its own repeated row as the rows shift.
TEST(RowFindings, aDuplicateTakingAFreedPlaceNamesItsOwnRepeatedRow)
{
    QJsonArray rows = sampleRows();
    ui::RowFindings kept(kSection);
    for (const core::Finding &finding : validatedRows(rows)) {
        if (!finding.rule.startsWith(QLatin1String("duplicate-")))
            kept.add(ui::RowFindings::rowOfPath(kSection, finding.path), finding);
    }
    refresh(kept, rows, rows.at(1).toObject().value(QStringLiteral("offerNameId")), -1);
    refresh(kept, rows, rows.at(2).toObject().value(QStringLiteral("offerNameId")), -1);
    ASSERT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));

    // Row 3 stops repeating row 1 (its place is freed); row 10 starts repeating row 5.
    const QJsonValue wasRepeated = rows.at(1).toObject().value(QStringLiteral("offerNameId"));
    rows[3] = line(QStringLiteral("OFFER_NEW"), 3);
    refresh(kept, rows, wasRepeated, -1);
    refresh(kept, rows, QStringLiteral("OFFER_NEW"), 3);
    rows[10] = rows.at(5);
    refresh(kept, rows, rows.at(5).toObject().value(QStringLiteral("offerNameId")), 10);
    ASSERT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));

    // Rows between the repeated rows and their duplicates come and go.
    rows.insert(4, line(QStringLiteral("OFFER_X"), 4));
    kept.shift({ ui::RowShift::Kind::Insert, 4, 4 });
    refresh(kept, rows, QStringLiteral("OFFER_X"), 4);
    EXPECT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));
    rows.removeAt(0);
    kept.shift({ ui::RowShift::Kind::Remove, 0, 0 });
    refresh(kept, rows, QStringLiteral("OFFER_0"), -1);
    EXPECT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));
    rows.insert(1, rows.takeAt(8));
    kept.shift({ ui::RowShift::Kind::Move, 8, 1 });
    refresh(kept, rows, rows.at(1).toObject().value(QStringLiteral("offerNameId")), -1);
    EXPECT_EQ(describe(readBack(kept)), describe(validatedRows(rows)));
}

// The Problems list shows every finding in form order; findings at one place (two rules on
// one field) keep the order they were found in, as a stable sort keeps them.
TEST(LiveValidationOrder, findingsAtOnePlaceKeepTheOrderTheyWereFoundIn)
{
    const auto at = [](const char *path, const char *rule) {
        return core::Finding { QString::fromLatin1(path), core::Severity::Error,
                               QString::fromLatin1(rule), QString::fromLatin1(rule) };
    };
    const QList<core::Finding> found {
        at("offerLines[1].amount", "first-on-row-1"), at("leadOpportunity.name", "first-on-name"),
        at("offerLines[0].amount", "on-row-0"),       at("offerLines[1].amount", "second-on-row-1"),
        at("leadOpportunity.name", "second-on-name"), at("offerLines[1].amount", "third-on-row-1"),
    };
    QList<core::Finding> expected = found;
    std::stable_sort(expected.begin(), expected.end(),
                     [](const core::Finding &a, const core::Finding &b) {
                         return core::FormPosition::of(a.path) < core::FormPosition::of(b.path);
                     });
    ui::LiveValidation validation;
    validation.adoptAll(found);
    QStringList rules;
    for (const core::Finding &finding : validation.findings())
        rules.append(finding.rule);
    QStringList expectedRules;
    for (const core::Finding &finding : std::as_const(expected))
        expectedRules.append(finding.rule);
    EXPECT_EQ(rules.join(u' ').toStdString(), expectedRules.join(u' ').toStdString());
}
