// toIndentedJson() must give exactly the bytes of QJsonDocument::toJson(Indented): exports,
// saved drafts and golden files are compared byte for byte, so every escape, number form
// and indent is pinned here against Qt's own writer.
#include "bigdraft.h"
#include "core/codec/exporter.h"
#include "core/codec/indentedjson.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cmath>
#include <cstring>
#include <gtest/gtest.h>
#include <limits>

using namespace leadopp;
using namespace leadopp::core;

namespace {

QByteArray qtIndented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void expectSameAsQt(const QJsonObject &object)
{
    const QByteArray expected = qtIndented(object);
    const QByteArray written = toIndentedJson(object);
    ASSERT_EQ(written.size(), expected.size()) << written.left(400).toStdString();
    EXPECT_EQ(written, expected);
}

QString allBmpCodeUnits()
{
    QString text;
    for (uint unit = 0; unit <= 0xFFFF; ++unit)
        text.append(QChar(char16_t(unit)));
    return text;
}

} // namespace

TEST(IndentedJson, everyOfficialJsonExampleIsWrittenAsQtWritesIt)
{
    const QDir contract(test::dataPath(QStringLiteral("contract")));
    const QStringList files = contract.entryList({ QStringLiteral("*.json") }, QDir::Files);
    ASSERT_GE(files.size(), 20);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        const QJsonDocument document
            = QJsonDocument::fromJson(test::readData(QStringLiteral("contract/") + file));
        if (document.isObject())
            expectSameAsQt(document.object());
    }
}

TEST(IndentedJson, generatedDraftsOfEverySizeAreWrittenAsQtWritesThem)
{
    for (const test::BigDraftShape shape :
         { test::BigDraftShape { 0, 0, 0 }, test::BigDraftShape { 1, 1, 0 },
           test::BigDraftShape { 300, 40, 7 }, test::BigDraftShape { 5000, 500, 250 } }) {
        SCOPED_TRACE(shape.offerLines);
        const QJsonObject record = test::bigDraftRecord(shape);
        expectSameAsQt(record);
        // Read back from text, whole amounts become integers and the rest doubles.
        expectSameAsQt(QJsonDocument::fromJson(qtIndented(record)).object());
    }
}

TEST(IndentedJson, everyCodeUnitAndSurrogateCaseIsEscapedAsQtEscapesIt)
{
    const QString bmp = allBmpCodeUnits();
    const QString pair = QStringLiteral("\U0001F600 \U00010000 \U0010FFFF");
    const QString high(QChar(char16_t(0xD83D)));
    const QString low(QChar(char16_t(0xDE00)));
    expectSameAsQt(QJsonObject {
        { QStringLiteral("bmp"), bmp },
        { QStringLiteral("pairs"), pair },
        { QStringLiteral("loneHighAtEnd"), QString(QStringLiteral("x") + high) },
        { QStringLiteral("highThenText"), QString(high + QStringLiteral("y") + low + high + high) },
        { QStringLiteral("escapes"), QStringLiteral("q\" b\\ s/ \b\f\n\r\t \x01\x1f\x7f") },
        { QString(QStringLiteral("ke\"y\n") + high), QStringLiteral("Élodie Schröder – 東京 €") },
        { QString(), QString() },
    });
}

// Plain ASCII is copied eight code units at a time: a unit JSON escapes, or one beyond
// ASCII, may fall anywhere in a group of eight, or in the last units copied one by one.
TEST(IndentedJson, randomTextIsEscapedAsQtEscapesItWhereverItsRunsBreak)
{
    const QList<QString> pieces = {
        QStringLiteral("a"),
        QStringLiteral("plain text"),
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("\n"),
        QStringLiteral("\x01"),
        QStringLiteral("\x1f"),
        QStringLiteral("\x7f"),
        QStringLiteral("/"),
        QStringLiteral("\u0080"),
        QStringLiteral("é"),
        QStringLiteral("€"),
        QStringLiteral("\U0001F600"),
        QString(QChar(char16_t(0xD83D))),
        QString(QChar(char16_t(0xDE00))),
        QString(QChar(char16_t(0xFFFF))),
    };
    QRandomGenerator random(20261201);
    const auto text = [&] {
        QString result;
        for (int n = random.bounded(0, 24); n > 0; --n)
            result += pieces.at(random.bounded(int(pieces.size())));
        return result;
    };
    for (int round = 0; round < 200; ++round) {
        QJsonObject object;
        for (int member = 0; member < 40; ++member)
            object.insert(text() + QString::number(member), text());
        expectSameAsQt(object);
    }
}

TEST(IndentedJson, numbersAreWrittenInQtsFormsIntegersAboveTwoToThe53Exactly)
{
    QJsonArray numbers { 1e21,     -0.0,   0.1,      0.25,     100000.0, 1e15,   1e16,
                         123456.0, 1e-7,   -1.5e300, 5e-324,   0.0,      -1.0,   2.5e-5,
                         1e100,    8169.0, 8169.25,  98000.75, 3.0e6,    4.5e20, 1234567.0 };
    numbers.append(qint64(9007199254740993LL));
    numbers.append(std::numeric_limits<qint64>::max());
    numbers.append(std::numeric_limits<qint64>::min());
    numbers.append(qint64(0));
    numbers.append(std::numeric_limits<double>::infinity());
    numbers.append(std::numeric_limits<double>::quiet_NaN());
    numbers.append(std::numeric_limits<double>::max());
    // Around every switch between the decimal and the exponent form, with one and with
    // several digits.
    for (int exponent = -12; exponent <= 24; ++exponent) {
        for (const double mantissa : { 1.0, 1.5, 1.25, 12.5, 123.0, 9.87654321, 1234567.0 })
            numbers.append(mantissa * std::pow(10.0, exponent));
    }
    QRandomGenerator random(15);
    for (int i = 0; i < 20000; ++i) {
        double real = 0;
        const quint64 bits = random.generate64();
        std::memcpy(&real, &bits, sizeof real);
        numbers.append(std::isfinite(real) ? real : double(qint32(bits)) / 100.0);
    }
    const QJsonObject object { { QStringLiteral("numbers"), numbers } };
    expectSameAsQt(object);
    const QByteArray parsedText
        = R"({"a": 1e21, "b": -0, "c": 0.1, "d": 9007199254740993, "e": -0.0, "f": 1E+2,
             "g": 12345678901234567890, "h": 1.0, "i": -9223372036854775808})";
    expectSameAsQt(QJsonDocument::fromJson(parsedText).object());
}

// Whole amounts and amounts in cents take a shorter way to their digits than other numbers:
// every form of them, up to where that way stops (1e13), and just past it.
TEST(IndentedJson, amountsInCentsAreWrittenInQtsForms)
{
    QJsonArray numbers;
    for (int cents = -30000; cents <= 30000; ++cents)
        numbers.append(cents / 100.0);
    for (double scale = 1; scale < 1e16; scale *= 10) {
        for (const double amount : { 1.0, 1.5, 9.99, 12.34, 100.0, 123456.78, 999999.99 }) {
            numbers.append(amount * scale);
            numbers.append(-amount * scale);
            numbers.append(amount * scale + 0.01);
            numbers.append(amount / scale);
        }
    }
    for (const double edge : { 9999999999999.99, 1e13, 1e13 - 0.01, 1e13 + 0.01, 0.005, 0.015,
                               0.1 + 0.2, 1.0 / 3.0, 8169.25, 98000.75, 4.35, 0.07, 1.005 })
        numbers.append(edge);
    expectSameAsQt(QJsonObject { { QStringLiteral("amounts"), numbers } });
}

TEST(IndentedJson, emptyAndNestedContainersAndScalarsAreIndentedAsQtIndentsThem)
{
    expectSameAsQt(QJsonObject {});
    const QJsonArray nested { QJsonArray {},      QJsonObject {}, QJsonArray { QJsonArray { 1 } },
                              QJsonValue(),       true,           false,
                              QStringLiteral("s") };
    expectSameAsQt(QJsonObject {
        { QStringLiteral("emptyObject"), QJsonObject {} },
        { QStringLiteral("emptyArray"), QJsonArray {} },
        { QStringLiteral("nested"), nested },
        { QStringLiteral("deep"),
          QJsonObject {
              { QStringLiteral("a"),
                QJsonObject { { QStringLiteral("b"), QJsonArray { QJsonObject {} } } } } } },
        { QStringLiteral("null"), QJsonValue() },
        { QStringLiteral("bool"), true },
    });
}

TEST(IndentedJson, aSmallSizeHintStillGrowsToTheWholeText)
{
    const QJsonObject record = test::bigDraftRecord({ 200, 20, 0 });
    EXPECT_EQ(toIndentedJson(record, 1), qtIndented(record));
}

// Rows written through a filter read as the rows filtered first, then written as Qt writes
// them: members left out (every one of a row too), values replaced, items that are not
// objects and members that are not arrays written as they are.
TEST(IndentedJson, filteredRowsAreWrittenAsTheObjectOfTheFilteredRows)
{
    const QJsonObject object = QJsonDocument::fromJson(R"({"rows": [{"a": 1, "b": "x", "c": null},
        {"b": "y"}, {}, 5, null, [1], {"a": [1, {"b": 2}], "d": true}], "b": "top",
        "other": [{"b": "not filtered"}], "notRows": {"b": "not filtered"}})")
                                   .object();
    const RowMemberFilter filter = [](const QString &name, const QJsonValue &value) {
        if (name == QLatin1String("b"))
            return QJsonValue(QJsonValue::Undefined);
        return name == QLatin1String("c") ? QJsonValue(QStringLiteral("was null")) : value;
    };
    QJsonObject filtered = object;
    QJsonArray rows;
    for (const QJsonValue &row : object.value(QLatin1String("rows")).toArray()) {
        if (!row.isObject()) {
            rows.append(row);
            continue;
        }
        const QJsonObject members = row.toObject();
        QJsonObject kept;
        for (auto it = members.begin(); it != members.end(); ++it) {
            const QJsonValue value = filter(it.key(), it.value());
            if (!value.isUndefined())
                kept.insert(it.key(), value);
        }
        rows.append(kept);
    }
    filtered.insert(QLatin1String("rows"), rows);
    const RowFilters filters { { QStringLiteral("rows"), filter },
                               { QStringLiteral("notRows"), filter } };
    EXPECT_EQ(toIndentedJson(object, filters), qtIndented(filtered));
    EXPECT_EQ(toIndentedJson(object, RowFilters()), qtIndented(object));
}

// The export filters the rows as it writes them: the same bytes as the filtered record.
TEST(IndentedJson, exportOfABigDraftIsItsCanonicalObjectWritten)
{
    const QJsonObject record = test::bigDraftRecord({ 300, 40, 7 });
    for (const ExportMode mode : { ExportMode::Update, ExportMode::Create })
        EXPECT_EQ(exportCanonicalBody(record, mode),
                  qtIndented(exportCanonicalObject(record, mode)));
}
