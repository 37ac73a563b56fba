// A large body of mixed notations maps exactly as a plain reference does: every error of
// it mapped on its own, then merged and ordered by the rules of error-notations.md in the
// most direct way. The small tests pin each rule; this one pins how they combine at a size
// where merging and ordering can no longer be checked by eye.
#include "bigdraft.h"
#include "core/catalogue/formposition.h"
#include "core/errors/errormapper.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QJsonObject &record()
{
    static const QJsonObject draft = test::bigDraftRecord({ 300, 40, 25 });
    return draft;
}

/// One error of a body and the body that holds it alone.
struct Single {
    QByteArray body;
    QString words; ///< the server's words, as written
};

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A deterministic mix: rows repeat (so identical errors and several errors per field
// occur), and every notation, an unresolvable row, an unknown path, a path-less message,
// an error code and record-level words that also land on a field all appear.
QJsonObject partnerItem(int i)
{
    static const QStringList kWords { QStringLiteral("Must be positive."),
                                      QStringLiteral("Is required."),
                                      QStringLiteral("Not a known value."),
                                      QStringLiteral("Too long."), QStringLiteral("Rejected.") };
    const int row = (i * 7919) % 350; // beyond the 300 rows now and then: partial
    // Record-level words are mostly their own, now and then those of a field's error.
    const bool ownWords = (i % 12 == 5 || i % 12 == 6) && i % 5 != 0;
    const QString words = ownWords ? QStringLiteral("Check entry %1.").arg(i % 40)
                                   : kWords.at((i / 3) % kWords.size());
    const auto item = [&](const char *member, const QString &path) {
        return QJsonObject { { QStringLiteral("detail"), words },
                             { QString::fromLatin1(member), path } };
    };
    switch (i % 12) {
    case 0:
        return item("pointer", QStringLiteral("#/offerLines/%1/amount").arg(row));
    case 1:
        return item("pointer", QStringLiteral("/offerLines/%1/discount").arg(row));
    case 2:
        return item("pointer", QStringLiteral("offerLines[%1].offerNameId").arg(row));
    case 3:
        return item("pointer", QStringLiteral("$.data.offer_lines[%1].revenue_type").arg(row));
    case 4:
        return item("field", QStringLiteral("customerContacts.%1.email").arg(row % 45));
    case 5:
        return item("pointer", QStringLiteral("#/unknownThing/%1").arg(row));
    case 6:
        return QJsonObject { { QStringLiteral("detail"), words } };
    case 7:
        return QJsonObject { { QStringLiteral("detail"), words },
                             { QStringLiteral("code"), QStringLiteral("ERR801") } };
    case 8:
        return item("pointer", QStringLiteral("vatNumber"));
    case 9:
        return item("pointer", QStringLiteral("['offerLines'][%1]['amount']").arg(row % 20));
    case 10: // repeats the error just before, naming a code it lacked
        return QJsonObject {
            { QStringLiteral("detail"), words },
            { QStringLiteral("pointer"),
              QStringLiteral("#/offerLines/%1/amount").arg((i - 1) * 7919 % 350 % 20) },
            { QStringLiteral("code"), QStringLiteral("min_value") }
        };
    default:
        return item("pointer", QStringLiteral("leadOpportunity.name"));
    }
}

QList<Single> partnerSingles(int count, QByteArray &whole)
{
    QJsonArray items;
    QList<Single> singles;
    for (int i = 0; i < count; ++i) {
        const QJsonObject item = partnerItem(i);
        items.append(item);
        singles.append({ toJson(QJsonObject { { QStringLiteral("errors"), QJsonArray { item } } }),
                         item.value(QStringLiteral("detail")).toString() });
    }
    whole = toJson(QJsonObject { { QStringLiteral("errors"), items } });
    return singles;
}

// Django style: rows under index keys, members holding lists of messages, and the
// record-level list. Walked recursively here, in the body's own member order.
QJsonObject nestedBody(int rows)
{
    QJsonObject lines;
    for (int i = 0; i < rows; ++i) {
        const int row = (i * 37) % 320;
        QJsonObject members = lines.value(QString::number(row)).toObject();
        members.insert(i % 2 ? QStringLiteral("amount") : QStringLiteral("discount_rate"),
                       QJsonArray { QStringLiteral("Bad %1.").arg(i % 9),
                                    QStringLiteral("Bad %1.").arg(i % 4) });
        lines.insert(QString::number(row), members);
    }
    return { { QStringLiteral("offerLines"), lines },
             { QStringLiteral("non_field_errors"),
               QJsonArray { QStringLiteral("Bad 1."), QStringLiteral("Check the lines.") } } };
}

void nestedSingles(const QJsonValue &value, const QStringList &keys, QList<Single> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            nestedSingles(it.value(), keys + QStringList { it.key() }, out);
        return;
    }
    const QJsonArray messages = value.toArray();
    for (const QJsonValue &message : messages) {
        QJsonValue wrapped = QJsonArray { message };
        for (auto key = keys.crbegin(); key != keys.crend(); ++key)
            wrapped = QJsonObject { { *key, wrapped } };
        out.append({ toJson(wrapped.toObject()), message.toString() });
    }
}

struct Entry {
    core::FieldError error;
    QString words;
};

// The rules, applied as plainly as they read.
QList<core::FieldError> reference(const QList<Single> &singles)
{
    QList<Entry> entries;
    for (const Single &single : singles) {
        for (const core::FieldError &error : core::mapErrors(single.body, 400, record()).errors)
            entries.append({ error, single.words });
    }
    QSet<QString> onFields;
    for (const Entry &entry : entries) {
        if (entry.error.match != core::MatchKind::Record)
            onFields.insert(entry.words);
    }
    QList<core::FieldError> kept;
    QHash<QString, qsizetype> seen; // path + NUL + message -> position in kept
    for (const Entry &entry : entries) {
        if (entry.error.match == core::MatchKind::Record && onFields.contains(entry.words))
            continue;
        const QString identity = entry.error.path + QChar(0) + entry.error.message;
        if (!seen.contains(identity)) {
            seen.insert(identity, kept.size());
            kept.append(entry.error);
        } else if (kept[seen.value(identity)].code.isEmpty()) {
            kept[seen.value(identity)].code = entry.error.code;
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) {
        return core::FormPosition::of(a.path) < core::FormPosition::of(b.path);
    });
    return kept;
}

void expectSameErrors(const QList<core::FieldError> &actual,
                      const QList<core::FieldError> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual.at(i), expected.at(i))
            << "entry " << i << ": " << actual.at(i).path.toStdString() << " / "
            << actual.at(i).message.toStdString() << " vs " << expected.at(i).path.toStdString()
            << " / " << expected.at(i).message.toStdString();
        if (!(actual.at(i) == expected.at(i)))
            return;
    }
}

} // namespace

TEST(ErrorMapperReference, partnerBodyOfManyNotations_mapsAsEachErrorAloneThenMerged)
{
    QByteArray whole;
    const QList<Single> singles = partnerSingles(3000, whole);
    const QList<core::FieldError> expected = reference(singles);
    const core::MappedErrors mapped = core::mapErrors(whole, 400, record());
    // The mix must exercise every rule, or the comparison proves little.
    const auto count = [&](core::MatchKind kind) {
        return std::count_if(expected.cbegin(), expected.cend(),
                             [kind](const core::FieldError &e) { return e.match == kind; });
    };
    EXPECT_GT(count(core::MatchKind::Exact), 400);
    EXPECT_GT(count(core::MatchKind::Partial), 50);
    EXPECT_GT(count(core::MatchKind::Record), 20);
    EXPECT_LT(expected.size(), singles.size()); // duplicates were merged
    EXPECT_GT(std::count_if(expected.cbegin(), expected.cend(),
                            [](const core::FieldError &e) {
                                return e.code == QStringLiteral("min_value")
                                    && e.rawPath.startsWith(u'[');
                            }),
              5); // the code of a later duplicate went to the first
    expectSameErrors(mapped.errors, expected);
}

TEST(ErrorMapperReference, nestedBody_mapsAsEachErrorAloneThenMerged)
{
    const QJsonObject body = nestedBody(1500);
    QList<Single> singles;
    nestedSingles(body, {}, singles);
    const QList<core::FieldError> expected = reference(singles);
    const core::MappedErrors mapped = core::mapErrors(toJson(body), 400, record());
    EXPECT_GT(expected.size(), 500);
    EXPECT_LT(expected.size(), singles.size());
    expectSameErrors(mapped.errors, expected);
}
