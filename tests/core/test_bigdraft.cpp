// The large-record generator shared by the benchmarks: what it plants is exactly what the
// validator finds, at every size, and the record reads back unchanged. A benchmark on a
// record that is not what it claims measures the wrong work.
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/validation/validator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace leadopp::core {
namespace {

using test::bigDraftRecord;
using test::BigDraftShape;

QList<Finding> errorsOf(const QJsonObject &record)
{
    QList<Finding> errors;
    for (const Finding &finding : validateRecord(record, ExportMode::Create)) {
        if (finding.severity == Severity::Error)
            errors.append(finding);
    }
    return errors;
}

TEST(BigDraft, IsTheSameRecordForTheSameShape)
{
    EXPECT_EQ(bigDraftRecord({ 300, 40 }), bigDraftRecord({ 300, 40 }));
    EXPECT_NE(bigDraftRecord({ 300, 40 }), bigDraftRecord({ 300, 41 }));
}

TEST(BigDraft, WithoutMistakesValidatesWithoutErrors)
{
    const QList<Finding> errors = errorsOf(bigDraftRecord({ 5000, 500, 0 }));
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.value(0).path) << " "
                                  << qPrintable(errors.value(0).message);
}

TEST(BigDraft, ErrorsAreExactlyThePlantedOnes)
{
    const BigDraftShape shape { 5000, 500, 250 };
    QSet<QString> expected;
    for (int row = 0; row < shape.offerLines; ++row) {
        if (row % 250 == 3)
            expected.insert(QStringLiteral("offerLines[%1].amount").arg(row));
        if (row % 250 == 7)
            expected.insert(QStringLiteral("offerLines[%1].revenueType").arg(row));
        if (row % 250 == 13)
            expected.insert(QStringLiteral("offerLines[%1].offerNameId").arg(row));
    }
    QSet<QString> found;
    for (const Finding &error : errorsOf(bigDraftRecord(shape)))
        found.insert(error.path);
    EXPECT_EQ(found, expected);
    EXPECT_EQ(expected.size(), 60);
}

TEST(BigDraft, ReadsBackUnchanged)
{
    const QJsonObject record = bigDraftRecord({ 1000, 100 });
    const ReadResult read = readDocument(QJsonDocument(record).toJson());
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.shape, InputShape::RequestBody);
    EXPECT_EQ(read.draft.record, record);
}

} // namespace
} // namespace leadopp::core
