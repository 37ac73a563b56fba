#pragma once

#include "ui/session/editsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <random>

namespace leadopp::test {

/// Sets a cell of row `row` of `section` (offer lines or customer contacts) to a value from
/// small pools, so that rows often become and stop being duplicates and problems come and
/// go; returns what it did, for a failure message.
inline QString setRandomCell(ui::EditSession &session, core::Section section, int row,
                             std::mt19937 &random)
{
    static const QJsonArray offers { QStringLiteral("CATIA_A"), QStringLiteral("CATIA_B"),
                                     QJsonValue() };
    static const QJsonArray amounts { 1, 2, QStringLiteral("12,5") };
    static const QJsonArray emails { QStringLiteral("a@x.example"), QStringLiteral(" A@X.example"),
                                     QStringLiteral("no-at-sign") };
    const auto pick
        = [&random](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    QString path;
    QJsonValue value;
    if (section == core::Section::CustomerContacts) {
        path = QStringLiteral("customerContacts[%1].email").arg(row);
        value = emails.at(pick(3));
    } else if (pick(2) == 0) {
        path = QStringLiteral("offerLines[%1].offerNameId").arg(row);
        value = offers.at(pick(3));
    } else {
        path = QStringLiteral("offerLines[%1].amount").arg(row);
        value = amounts.at(pick(3));
    }
    session.setValue(core::FieldPath::parse(path), value);
    return QStringLiteral("set %1 to %2")
        .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson()));
}

} // namespace leadopp::test
