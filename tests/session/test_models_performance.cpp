// Performance smoke test: a 5,000-offer-line draft through the session and the offer line
// model. No timing asserts (shared machines vary); the figures are printed for the record.
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <gtest/gtest.h>
#include <iostream>

using namespace leadopp;
using core::Section;

namespace {

constexpr int kLines = 5000;

core::Draft bigDraft()
{
    QJsonArray lines;
    for (int i = 0; i < kLines; ++i) {
        const QJsonValue amount = i % 50 == 7 ? QJsonValue(QStringLiteral("abc")) : QJsonValue(i);
        lines.append(
            QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("OFFER-%1").arg(i) },
                          { QStringLiteral("amount"), amount },
                          { QStringLiteral("x-extra"), i } });
    }
    core::Draft draft;
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") } } },
        { QStringLiteral("offerLines"), lines },
    };
    return draft;
}

void report(const char *what, qint64 nanoseconds)
{
    std::cout << "[ perf ] " << what << ": " << nanoseconds / 1000000.0 << " ms" << std::endl;
}

int touchAllCells(const QAbstractItemModel &model)
{
    int decorated = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            index.data(Qt::DisplayRole);
            index.data(Qt::ToolTipRole);
            index.data(Qt::BackgroundRole);
            if (index.data(Qt::DecorationRole).isValid())
                ++decorated;
        }
    }
    return decorated;
}

} // namespace

TEST(ModelsPerformance, fiveThousandOfferLines_resetDataAndIncrementalEdit)
{
    const core::Draft draft = bigDraft();
    QElapsedTimer timer;

    timer.start();
    const QList<core::Finding> full = core::validateRecord(draft.record, core::ExportMode::Update);
    report("full validateRecord", timer.nsecsElapsed());

    core::Document document;
    ui::EditSession session(&document);
    ui::SectionTableModel model(&session, Section::OfferLines);
    timer.restart();
    document.setDraft(draft);
    report("document reset (session full revalidation + model reset)", timer.nsecsElapsed());
    ASSERT_EQ(model.rowCount(), kLines);
    EXPECT_EQ(session.findings().size(), full.size());

    timer.restart();
    const int decorated = touchAllCells(model);
    report("data() over all cells x 4 roles", timer.nsecsElapsed());
    EXPECT_EQ(decorated, kLines / 50);

    const QModelIndex amount = model.index(2500, model.columnOf(QStringLiteral("amount")));
    timer.restart();
    ASSERT_TRUE(model.setData(amount, QStringLiteral("not a number")));
    report("one edit with incremental revalidation", timer.nsecsElapsed());
    EXPECT_EQ(amount.data(ui::SectionTableModel::IssueKindRole).toInt(), int(ui::IssueKind::Error));
    EXPECT_EQ(session.findings().size(), full.size() + 1);

    timer.restart();
    session.settleValidation();
    report("rules across rows after that edit (settle, once per typing pause)",
           timer.nsecsElapsed());
    EXPECT_EQ(session.findings().size(), full.size() + 1);

    timer.restart();
    ASSERT_TRUE(session.removeRow(Section::OfferLines, 0));
    report("one row removal (full revalidation)", timer.nsecsElapsed());
    EXPECT_EQ(model.rowCount(), kLines - 1);
}
